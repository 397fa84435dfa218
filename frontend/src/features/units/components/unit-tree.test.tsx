import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadNamespace } from '@/lib/i18n'
import { type TreeUnit, UnitTree } from './unit-tree'

beforeAll(async () => {
  await loadNamespace('admin')
})

const units: TreeUnit[] = [
  { id: 'u1', code: 'PEMKOT', name: 'Pemerintah Kota', parentID: null, head: { id: 'e9', name: 'Wali Kota' } },
  { id: 'u2', code: 'BKPSDM', name: 'Badan Kepegawaian', parentID: 'u1', head: null },
  { id: 'u3', code: 'BKPSDM-MUT', name: 'Bidang Mutasi', parentID: 'u2', head: null },
  { id: 'u4', code: 'DISDIK', name: 'Dinas Pendidikan', parentID: 'u1', head: null },
]

function renderTree() {
  return render(
    <MemoryRouter>
      <UnitTree units={units} label="Struktur unit kerja" />
    </MemoryRouter>,
  )
}

describe('UnitTree', () => {
  it('starts with the top level open and the rest closed, each disclosure saying whether it is open', () => {
    renderTree()
    const tree = screen.getByRole('list', { name: 'Struktur unit kerja' })
    expect(within(tree).getByRole('link', { name: 'PEMKOT Pemerintah Kota' })).toHaveAttribute('href', '/admin/unit/u1')
    expect(screen.getByText('Kepala: Wali Kota · 2 subunit')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Tutup subunit Pemerintah Kota' })).toHaveAttribute('aria-expanded', 'true')
    expect(screen.getByRole('link', { name: 'BKPSDM Badan Kepegawaian' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Buka subunit Badan Kepegawaian' })).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByRole('link', { name: /Bidang Mutasi/ })).not.toBeInTheDocument()
    // A unit without sub-units has no disclosure button.
    expect(screen.queryByRole('button', { name: /Dinas Pendidikan/ })).not.toBeInTheDocument()
  })

  it('expands and collapses a branch, and all of them at once', async () => {
    const user = userEvent.setup()
    renderTree()
    const toggle = screen.getByRole('button', { name: 'Buka subunit Badan Kepegawaian' })
    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    expect(toggle).toHaveAccessibleName('Tutup subunit Badan Kepegawaian')
    expect(toggle).toHaveAttribute('aria-controls', 'unit-group-u2')
    expect(screen.getByRole('link', { name: /Bidang Mutasi/ })).toBeInTheDocument()
    await user.click(toggle)
    expect(screen.queryByRole('link', { name: /Bidang Mutasi/ })).not.toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Tutup semua' }))
    expect(screen.queryByRole('link', { name: /Badan Kepegawaian/ })).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Buka semua' }))
    expect(screen.getByRole('link', { name: /Bidang Mutasi/ })).toBeInTheDocument()
  })
})
