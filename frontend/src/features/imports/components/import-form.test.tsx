import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router'
import { Provider } from 'urql'
import { describe, expect, it } from 'vitest'
import { loadNamespace } from '@/lib/i18n'
import { type MockCall, mockClient } from '@/test/mock-client'
import { ImportForm } from './import-page'

const header = 'nip,name,type,rank,position,position_kind,unit_code,supervisor_nip,email'

function report(over: Partial<{ created: number; updated: number; unchanged: number; problems: { line: number; field: string; reason: string }[] }>) {
  return { __typename: 'ImportReport', created: 0, updated: 0, unchanged: 0, problems: [], ...over }
}

async function show(answers: ReturnType<typeof report>[], calls: MockCall[]) {
  await loadNamespace('tools')
  let n = 0
  const { client } = mockClient({ ImportEmployees: () => ({ data: { importEmployees: answers[n++] } }) }, calls)
  render(
    <MemoryRouter>
      <Provider value={client}>
        <ImportForm />
      </Provider>
    </MemoryRouter>,
  )
}

const file = (text: string) => new File([text], 'pegawai.csv', { type: 'text/csv' })

describe('ImportForm', () => {
  it('lists every wrong row by line, column and reason and offers no import', async () => {
    const calls: MockCall[] = []
    await show(
      [
        report({
          problems: [
            { __typename: 'ImportProblem', line: 3, field: 'nip', reason: 'tanggal lahir tidak valid' },
            { __typename: 'ImportProblem', line: 4, field: 'unit_code', reason: 'unit NOPE tidak ada' },
          ] as never,
        }),
      ],
      calls,
    )
    const user = userEvent.setup()
    expect(screen.getByRole('link', { name: 'Unduh templat CSV' })).toHaveAttribute('href', `data:text/csv;charset=utf-8,${encodeURIComponent(`${header}\n`)}`)
    await user.upload(screen.getByLabelText('Berkas CSV'), file(`${header}\nx\ny\nz\n`))
    const table = await screen.findByRole('table', { name: 'Baris yang salah' })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows.map((r) => within(r).getAllByRole('rowheader')[0]?.textContent)).toEqual(['3', '4'])
    expect(rows[0]).toHaveTextContent('nip')
    expect(rows[0]).toHaveTextContent('tanggal lahir tidak valid')
    expect(rows[1]).toHaveTextContent('unit_code')
    expect(rows[1]).toHaveTextContent('unit NOPE tidak ada')
    expect(screen.getAllByRole('alert').some((a) => a.textContent?.includes('2 baris salah: tidak ada yang disimpan.'))).toBe(true)
    expect(screen.queryByRole('button', { name: 'Impor' })).not.toBeInTheDocument()
    expect(calls).toEqual([{ name: 'ImportEmployees', variables: { csv: `${header}\nx\ny\nz\n`, dryRun: true } }])
  })

  it('imports only after a clean dry run and shows what changed', async () => {
    const calls: MockCall[] = []
    await show([report({ created: 2, updated: 1 }), report({ created: 2, updated: 1 })], calls)
    const user = userEvent.setup()
    const csv = `${header}\na\nb\nc\n`
    await user.upload(screen.getByLabelText('Berkas CSV'), file(csv))
    await screen.findByText('Berkas benar. Belum ada yang disimpan.')
    expect(screen.getByRole('status')).toHaveTextContent(/Akan dibuat\s*2\s*Akan diperbarui\s*1\s*Tidak berubah\s*0/)
    expect(calls).toHaveLength(1)
    await user.click(screen.getByRole('button', { name: 'Impor' }))
    await screen.findByText('Impor selesai.')
    expect(screen.getByRole('status')).toHaveTextContent(/Dibuat\s*2\s*Diperbarui\s*1/)
    expect(screen.queryByRole('button', { name: 'Impor' })).not.toBeInTheDocument()
    expect(calls[1]).toEqual({ name: 'ImportEmployees', variables: { csv, dryRun: false } })
  })
})
