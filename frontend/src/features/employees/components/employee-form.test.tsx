import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter, Route, Routes } from 'react-router'
import { Provider } from 'urql'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { loadNamespace } from '@/lib/i18n'
import { gqlError, type MockCall, type MockHandlers, mockClient } from '@/test/mock-client'
import { EmployeeForm, type EmployeeFormOptions } from './employee-form'
import { emptyEmployee, type EmployeeValues, nipProblem } from './employee-schema'

const options: EmployeeFormOptions = {
  units: [{ id: 'u1', code: 'BKPSDM', name: 'Badan Kepegawaian dan Pengembangan SDM' }],
  supervisors: [
    { id: 'e1', nip: '198503152010012001', name: 'Siti Rahmawati', position: 'Kepala Bidang' },
    { id: 'e2', nip: '199204202019032003', name: 'Andi Pratama', position: 'Analis' },
  ],
}

const filled: EmployeeValues = {
  ...emptyEmployee,
  nip: '199001012015031001',
  name: 'Rina Marlina',
  rank: 'III/a',
  position: 'Analis SDM Aparatur',
  positionKind: 'FUNGSIONAL',
  unitID: 'u1',
}

function renderForm(handlers: MockHandlers, calls: MockCall[], initial: EmployeeValues, employeeID?: string) {
  const { client } = mockClient(handlers, calls)
  return render(
    <Provider value={client}>
      <MemoryRouter initialEntries={['/admin/pegawai/baru']}>
        <Routes>
          <Route path="/admin/pegawai/baru" element={<EmployeeForm employeeID={employeeID} initial={initial} options={options} cancelTo="/admin/pegawai" />} />
          <Route path="/admin/pegawai/:id" element={<p>employee page</p>} />
        </Routes>
      </MemoryRouter>
    </Provider>,
  )
}

beforeAll(async () => {
  await loadNamespace('admin')
  await loadNamespace('acting')
})

describe('nipProblem', () => {
  it('follows the server: length, birth date, appointment month, gender and sequence', () => {
    const now = new Date('2026-12-01T00:00:00Z')
    expect(nipProblem('199001012015031001', 'PNS', now)).toBeNull()
    expect(nipProblem('12345', 'PNS', now)?.key).toBe('length')
    expect(nipProblem('19900101201503100x', 'PNS', now)?.key).toBe('digitsOnly')
    expect(nipProblem('199002302015031001', 'PNS', now)?.key).toBe('birthDate')
    expect(nipProblem('199001012015131001', 'PNS', now)?.key).toBe('month')
    expect(nipProblem('199001012015033001', 'PNS', now)?.key).toBe('gender')
    expect(nipProblem('199001012015031000', 'PNS', now)?.key).toBe('sequence')
    expect(nipProblem('199001012005031001', 'PNS', now)?.key).toBe('underage')
    // NI PPPK: digits 13–14 are a code, not a month.
    expect(nipProblem('199001012021991001', 'PPPK', now)).toBeNull()
  })
})

describe('EmployeeForm', () => {
  it('refuses a bad NIP on its field before asking the server', async () => {
    const calls: MockCall[] = []
    const user = userEvent.setup()
    renderForm({}, calls, { ...filled, nip: '' })
    await user.type(screen.getByRole('textbox', { name: /NIP/ }), '199013012015031001')
    await user.click(screen.getByRole('button', { name: 'Tambah pegawai' }))
    const nip = screen.getByRole('textbox', { name: /NIP/ })
    expect(nip).toHaveAttribute('aria-invalid', 'true')
    expect(nip).toHaveAccessibleDescription(expect.stringContaining('Tanggal lahir 19901301 pada NIP tidak valid.'))
    expect(calls.filter((c) => c.name === 'CreateEmployee')).toEqual([])
  })

  it('refuses a rank of the other employee type', async () => {
    const calls: MockCall[] = []
    const user = userEvent.setup()
    renderForm({}, calls, { ...filled, type: 'PPPK', nip: '199001012021991001', rank: 'III/a' })
    await user.click(screen.getByRole('button', { name: 'Tambah pegawai' }))
    expect(await screen.findByText('Pangkat/golongan ini bukan untuk PPPK.')).toBeInTheDocument()
    expect(calls).toEqual([])
  })

  it("puts the server's error on the field extensions.field names", async () => {
    const calls: MockCall[] = []
    const user = userEvent.setup()
    renderForm({ CreateEmployee: () => ({ errors: [gqlError('NIP sudah terdaftar', 'CONFLICT', 'nip')] }) }, calls, filled)
    await user.click(screen.getByRole('button', { name: 'Tambah pegawai' }))
    const nip = screen.getByRole('textbox', { name: /NIP/ })
    await screen.findByText('NIP sudah terdaftar')
    expect(nip).toHaveAttribute('aria-invalid', 'true')
    expect(nip).toHaveFocus()
    expect(calls.find((c) => c.name === 'CreateEmployee')?.variables).toEqual({
      input: {
        nip: '199001012015031001',
        name: 'Rina Marlina',
        type: 'PNS',
        rank: 'III/a',
        position: 'Analis SDM Aparatur',
        positionKind: 'FUNGSIONAL',
        active: true,
        unitID: 'u1',
      },
    })
  })

  it('shows a refused supervisor (a loop) on the supervisor picker, which leaves out the employee itself', async () => {
    const calls: MockCall[] = []
    const user = userEvent.setup()
    renderForm(
      {
        UpdateEmployee: () => ({ errors: [gqlError('rantai atasan tidak boleh berputar', 'INVALID_INPUT', 'supervisorID')] }),
      },
      calls,
      { ...filled, supervisorID: 'e1' },
      'e2',
    )
    const picker = screen.getByRole('combobox', { name: /Atasan langsung/ })
    await user.click(picker)
    expect(screen.getByRole('option', { name: /Siti Rahmawati/ })).toBeInTheDocument()
    expect(screen.queryByRole('option', { name: /Andi Pratama/ })).not.toBeInTheDocument()
    await user.keyboard('{Escape}')
    await user.click(screen.getByRole('button', { name: 'Simpan perubahan' }))
    await screen.findByText('rantai atasan tidak boleh berputar')
    expect(screen.getByRole('combobox', { name: /Atasan langsung/ })).toHaveAttribute('aria-invalid', 'true')
    expect(calls.find((c) => c.name === 'UpdateEmployee')?.variables).toMatchObject({
      id: 'e2',
      input: { supervisorID: 'e1', clearRankSince: true, clearEmail: true, clearFunctionalLevel: true },
    })
  })

  it('records an official outside the agency, and says what that means', async () => {
    const calls: MockCall[] = []
    const user = userEvent.setup()
    renderForm({ CreateEmployee: () => ({ data: { createEmployee: { __typename: 'Employee', id: 'e9', name: 'Rina Marlina' } } }) }, calls, filled)
    const external = screen.getByRole('checkbox', { name: 'Pejabat di luar instansi' })
    expect(external).not.toBeChecked()
    expect(external).toHaveAccessibleDescription(expect.stringContaining('tidak memiliki SKP di sini'))
    await user.click(external)
    expect(external).toBeChecked()
    await user.click(screen.getByRole('button', { name: 'Tambah pegawai' }))
    expect(await screen.findByText('employee page')).toBeInTheDocument()
    expect(calls.find((c) => c.name === 'CreateEmployee')?.variables).toMatchObject({ input: { external: true } })
  })

  it('sends whether the employee is external on every change, so it can be undone', async () => {
    const calls: MockCall[] = []
    const user = userEvent.setup()
    renderForm({ UpdateEmployee: () => ({ errors: [{ message: 'x' }] }) }, calls, { ...filled, external: true }, 'e2')
    await user.click(screen.getByRole('checkbox', { name: 'Pejabat di luar instansi' }))
    await user.click(screen.getByRole('button', { name: 'Simpan perubahan' }))
    await vi.waitFor(() => expect(calls.find((c) => c.name === 'UpdateEmployee')?.variables).toMatchObject({ id: 'e2', input: { external: false } }))
  })
})
