import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { setLanguage } from '@/lib/i18n'
import { DateField } from './date-field'

const segments = () => screen.getAllByRole('spinbutton').map((s) => s.getAttribute('aria-label') ?? s.getAttribute('data-type'))

describe('DateField', () => {
  it('types a date day, month, year in Indonesian and shows it in that order', () => {
    render(<DateField label="Tanggal" value="2026-12-31" onChange={() => {}} />)
    expect(screen.getByText('Tanggal')).toBeInTheDocument()
    const shown = screen.getAllByRole('spinbutton').map((s) => s.textContent)
    expect(shown).toEqual(['31', '12', '2026'])
    expect(segments()).toHaveLength(3)
  })

  it('follows the English (British) order too', async () => {
    await setLanguage('en')
    render(<DateField label="Date" value="2026-01-05" onChange={() => {}} />)
    expect(screen.getAllByRole('spinbutton').map((s) => s.textContent)).toEqual(['05', '01', '2026'])
  })
})
