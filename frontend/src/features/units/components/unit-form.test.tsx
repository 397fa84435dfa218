import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Provider } from 'urql'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { loadNamespace } from '@/lib/i18n'
import { gqlError, type MockCall, mockClient } from '@/test/mock-client'
import { UnitForm } from './unit-form'
import type { TreeUnit } from './unit-tree'

beforeAll(async () => {
  await loadNamespace('admin')
})

const units: TreeUnit[] = [
  { id: 'u1', code: 'BKPSDM', name: 'Badan Kepegawaian', parentID: null, head: null },
  { id: 'u2', code: 'BKPSDM.MP', name: 'Bidang Mutasi', parentID: 'u1', head: null },
]

const heads = () => ({ data: { employees: { __typename: 'EmployeeConnection', edges: [] } } })

describe('UnitForm', () => {
  it('needs a code and a name before it asks the server', async () => {
    const calls: MockCall[] = []
    const { client } = mockClient({ UnitHeadOptions: heads }, calls)
    const user = userEvent.setup()
    render(
      <Provider value={client}>
        <UnitForm units={units} onCancel={() => {}} onDone={() => {}} />
      </Provider>,
    )
    await user.click(screen.getByRole('button', { name: 'Tambah unit' }))
    expect(screen.getByRole('textbox', { name: /Kode/ })).toHaveAttribute('aria-invalid', 'true')
    expect(calls.filter((c) => c.name === 'CreateOrgUnit')).toEqual([])
  })

  it('puts a refused parent (a loop) on the parent field, which leaves out the unit itself', async () => {
    const calls: MockCall[] = []
    const onDone = vi.fn()
    const { client } = mockClient(
      {
        UnitHeadOptions: heads,
        UpdateOrgUnit: () => ({ errors: [gqlError('unit tidak boleh berada di bawah subunitnya sendiri', 'INVALID_INPUT', 'parentID')] }),
      },
      calls,
    )
    const user = userEvent.setup()
    render(
      <Provider value={client}>
        <UnitForm unit={{ ...units[0], parentID: 'u2' }} units={units} onCancel={() => {}} onDone={onDone} />
      </Provider>,
    )
    await user.click(screen.getByRole('combobox', { name: /Unit induk/ }))
    expect(screen.queryByRole('option', { name: /Badan Kepegawaian/ })).not.toBeInTheDocument()
    await user.keyboard('{Escape}')
    await user.click(screen.getByRole('button', { name: 'Simpan unit' }))
    expect(await screen.findByText('unit tidak boleh berada di bawah subunitnya sendiri')).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: /Unit induk/ })).toHaveAttribute('aria-invalid', 'true')
    expect(calls.find((c) => c.name === 'UpdateOrgUnit')?.variables).toEqual({
      id: 'u1',
      input: { code: 'BKPSDM', name: 'Badan Kepegawaian', parentID: 'u2', clearHead: true },
    })
    expect(onDone).not.toHaveBeenCalled()
  })
})
