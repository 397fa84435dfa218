import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { MenuButton } from './menu'

describe('MenuButton', () => {
  it('opens with the keyboard, offers its items (links stay links) and runs the one chosen', async () => {
    const print = vi.fn()
    const user = userEvent.setup()
    render(
      <MenuButton
        label="Dokumen"
        items={[
          { id: 'print', label: 'Cetak halaman ini', onAction: print },
          { id: 'doc', label: 'Dokumen evaluasi', href: '/print/appraisals/1', target: '_blank' },
        ]}
      />,
    )
    await user.tab()
    expect(screen.getByRole('button', { name: /Dokumen/ })).toHaveFocus()
    await user.keyboard('{Enter}')
    const items = screen.getAllByRole('menuitem')
    expect(items.map((i) => i.textContent)).toEqual(['Cetak halaman ini', 'Dokumen evaluasi'])
    expect(items[1]).toHaveAttribute('href', '/print/appraisals/1')
    await user.click(items[0])
    expect(print).toHaveBeenCalledOnce()
    expect(screen.queryByRole('menu')).not.toBeInTheDocument()
  })
})
