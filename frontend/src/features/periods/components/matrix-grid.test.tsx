import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { loadNamespace } from '@/lib/i18n'
import type { MatrixCell } from '@/lib/predikat-matrix'
import { defaultMatrix, MatrixGrid } from './matrix-grid'

beforeAll(async () => {
  await loadNamespace('admin')
})

const cellName = (result: string, behaviour: string) => `Predikat untuk hasil ${result} dan perilaku ${behaviour}`

describe('MatrixGrid', () => {
  it('shows the 3×3 matrix with result ratings as rows and behaviour ratings as columns', () => {
    render(<MatrixGrid cells={defaultMatrix} onSave={vi.fn()} />)
    const table = screen.getByRole('table', { name: /Predikat menurut rating hasil kerja/ })
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent)
    expect(headers).toEqual(['Hasil kerja ↓ / Perilaku →', 'Di Bawah Ekspektasi', 'Sesuai Ekspektasi', 'Di Atas Ekspektasi'])
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['Di Atas Ekspektasi', 'Sesuai Ekspektasi', 'Di Bawah Ekspektasi'])
    expect(screen.getAllByRole('combobox')).toHaveLength(9)
    expect(screen.getByRole('combobox', { name: cellName('Di Atas Ekspektasi', 'Di Atas Ekspektasi') })).toHaveValue('SANGAT_BAIK')
    expect(screen.getByRole('combobox', { name: cellName('Di Bawah Ekspektasi', 'Di Bawah Ekspektasi') })).toHaveValue('SANGAT_KURANG')
    expect(screen.getByRole('status')).toHaveTextContent('Sesuai matriks PermenPANRB 6/2022.')
    expect(screen.getByRole('button', { name: 'Simpan matriks' })).toBeDisabled()
  })

  it('saves an edited cell with all nine cells, and resets to the regulation', async () => {
    const onSave = vi.fn((cells: MatrixCell[]) => Promise.resolve(cells.length === 9))
    const user = userEvent.setup()
    const { rerender } = render(<MatrixGrid cells={defaultMatrix} onSave={onSave} />)
    await user.selectOptions(screen.getByRole('combobox', { name: cellName('Sesuai Ekspektasi', 'Di Atas Ekspektasi') }), 'SANGAT_BAIK')
    expect(screen.getByRole('status')).toHaveTextContent('Berbeda dari matriks PermenPANRB 6/2022. Perubahan belum disimpan.')
    await user.click(screen.getByRole('button', { name: 'Simpan matriks' }))
    expect(onSave).toHaveBeenCalledTimes(1)
    const saved = onSave.mock.calls[0][0]
    expect(saved).toHaveLength(9)
    expect(saved).toContainEqual({ result: 'MEETS', behaviour: 'ABOVE', predikat: 'SANGAT_BAIK' })
    expect(saved).toContainEqual({ result: 'ABOVE', behaviour: 'ABOVE', predikat: 'SANGAT_BAIK' })

    // The server answers with the saved matrix: reset brings back the regulation's.
    rerender(<MatrixGrid cells={saved} onSave={onSave} />)
    expect(screen.getByRole('status')).toHaveTextContent('Berbeda dari matriks PermenPANRB 6/2022.')
    await user.click(screen.getByRole('button', { name: 'Kembalikan ke bawaan' }))
    expect(screen.getByRole('combobox', { name: cellName('Sesuai Ekspektasi', 'Di Atas Ekspektasi') })).toHaveValue('BAIK')
    await user.click(screen.getByRole('button', { name: 'Simpan matriks' }))
    expect(onSave.mock.calls[1][0]).toEqual(defaultMatrix)
  })

  it('only shows the matrix to a reader who may not change it', () => {
    render(<MatrixGrid cells={defaultMatrix} />)
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument()
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
    expect(screen.getAllByText('Sangat Baik')).toHaveLength(1)
  })
})
