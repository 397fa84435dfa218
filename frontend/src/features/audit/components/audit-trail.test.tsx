import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter, useLocation } from 'react-router'
import { Provider } from 'urql'
import { describe, expect, it } from 'vitest'
import { loadNamespace } from '@/lib/i18n'
import { type MockCall, mockClient } from '@/test/mock-client'
import { AuditTrail } from './audit-page'
import { diffRows } from './audit-diff'

function Location() {
  const { search } = useLocation()
  return <output aria-label="address">{search}</output>
}

const event = {
  __typename: 'AuditEvent',
  id: 'ev1',
  at: '2026-05-02T03:04:00Z',
  actorName: 'Siti Rahmawati',
  action: 'import.employees',
  entityType: 'Employee',
  entityID: '42',
  before: { rank: 'III/b', name: 'Nurul' },
  after: { rank: 'III/c', name: 'Nurul' },
  actor: { __typename: 'Account', id: 'a1', nip: '198503152010012001', name: 'Siti Rahmawati' },
}

async function show(path: string, calls: MockCall[]) {
  await loadNamespace('tools')
  const { client } = mockClient(
    {
      AuditEvents: () => ({
        data: {
          auditEvents: {
            __typename: 'AuditEventConnection',
            totalCount: 1,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            edges: [{ __typename: 'AuditEventEdge', node: event }],
          },
        },
      }),
    },
    calls,
  )
  render(
    <MemoryRouter initialEntries={[path]}>
      <Provider value={client}>
        <AuditTrail />
        <Location />
      </Provider>
    </MemoryRouter>,
  )
}

describe('AuditTrail', () => {
  it('reads its filters from the address and asks for them, newest first', async () => {
    const calls: MockCall[] = []
    await show('/admin/audit?entity=Employee&action=import&actor=Siti&from=2026-05-01&to=2026-05-02', calls)
    await screen.findByText('import.employees')
    expect(calls[0]?.variables).toMatchObject({
      where: {
        entityType: 'Employee',
        actionContainsFold: 'import',
        actorNameContainsFold: 'Siti',
        // From the start of 1 May to the end of 2 May in Makassar (WITA, UTC+8).
        atGTE: '2026-04-30T16:00:00.000Z',
        atLT: '2026-05-02T16:00:00.000Z',
      },
    })
    expect(screen.getByRole('searchbox', { name: 'Tindakan' })).toHaveValue('import')
    expect(screen.getByRole('searchbox', { name: 'Pelaku' })).toHaveValue('Siti')
  })

  it('writes a changed filter to the address', async () => {
    const calls: MockCall[] = []
    await show('/admin/audit', calls)
    await screen.findByText('import.employees')
    expect(calls[0]?.variables).toMatchObject({ where: undefined })
    const user = userEvent.setup()
    await user.type(screen.getByRole('searchbox', { name: 'Tindakan' }), 'token')
    await screen.findByText('?action=token', {}, { timeout: 5000 })
    await user.click(screen.getByRole('button', { name: /Entitas/ }))
    await user.click(screen.getByRole('option', { name: 'APIToken' }))
    expect(screen.getByLabelText('address')).toHaveTextContent('action=token&entity=APIToken')
    expect(calls.at(-1)?.variables).toMatchObject({ where: { entityType: 'APIToken', actionContainsFold: 'token' } })
  }, 15_000)

  it('shows the fields a change touched, before and after', async () => {
    await show('/admin/audit', [])
    const region = await screen.findByRole('region', { name: /Perubahan import.employees/ })
    const rows = within(region).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toHaveTextContent('rank')
    expect(rows[0]).toHaveTextContent('III/b')
    expect(rows[0]).toHaveTextContent('III/c')
  })
})

describe('diffRows', () => {
  it('lists every field of a creation and only the changed fields of an update', () => {
    expect(diffRows(null, { b: 1, a: 'x' })).toEqual([
      { field: 'a', before: undefined, after: 'x' },
      { field: 'b', before: undefined, after: 1 },
    ])
    expect(diffRows({ a: 1, b: [1] }, { a: 1, b: [2], c: null })).toEqual([{ field: 'b', before: [1], after: [2] }])
  })
})
