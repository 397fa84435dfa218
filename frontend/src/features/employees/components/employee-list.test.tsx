import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { type DocumentNode, Kind, type OperationDefinitionNode } from 'graphql'
import { MemoryRouter } from 'react-router'
import { type Client, CombinedError, Provider } from 'urql'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { concat, fromValue, never } from 'wonka'
import { type SessionViewer, SessionContext } from '@/lib/session'
import { defaultZone } from '@/lib/time-zone'
import { sessionViewer } from '@/test/fixtures'
import { EmployeeList } from './employee-list'
import { loadNamespace } from '@/lib/i18n'

interface Request {
  query: DocumentNode
  variables: Record<string, unknown>
}

function operationName(request: Request): string {
  const op = request.query.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
  return op?.name?.value ?? ''
}

function employee(n: number, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Employee',
    id: `e${n}`,
    nip: `19860926201505100${n}`,
    name: `Pegawai ${n}`,
    rank: 'III/a',
    position: 'Analis Kebijakan',
    positionKind: 'FUNGSIONAL',
    active: true,
    unit: { __typename: 'OrgUnit', id: 'u1', code: 'BKD', name: 'Badan Kepegawaian Daerah' },
    ...overrides,
  }
}

function page(rows: ReturnType<typeof employee>[], { total = rows.length, hasNextPage = false } = {}) {
  return {
    employees: {
      __typename: 'EmployeeConnection',
      totalCount: total,
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? 'cursor-25' : null },
      edges: rows.map((node) => ({ __typename: 'EmployeeEdge', cursor: `c-${node.id}`, node })),
    },
  }
}

const units = {
  orgUnits: {
    __typename: 'OrgUnitConnection',
    edges: [
      { __typename: 'OrgUnitEdge', node: { __typename: 'OrgUnit', id: 'u1', code: 'BKD', name: 'Badan Kepegawaian Daerah' } },
      { __typename: 'OrgUnitEdge', node: { __typename: 'OrgUnit', id: 'u2', code: 'DISDIK', name: 'Dinas Pendidikan' } },
    ],
  },
}

/** mockClient answers Employees with employeesFor(variables) and OrgUnitOptions with two units. */
function mockClient(employeesFor: (variables: Record<string, unknown>) => { data?: unknown; error?: CombinedError }) {
  // Like a real client, the result stream stays open after its first result.
  const executeQuery = vi.fn((request: Request) =>
    concat([fromValue(operationName(request) === 'Employees' ? employeesFor(request.variables) : { data: units }), never]),
  )
  const client = { executeQuery, executeMutation: vi.fn(), executeSubscription: vi.fn() } as unknown as Client
  const employeeRequests = () => executeQuery.mock.calls.map(([request]) => request).filter((request) => operationName(request) === 'Employees')
  return { client, employeeRequests }
}

function renderList(client: Client, path = '/employees') {
  return render(
    <Provider value={client}>
      <MemoryRouter initialEntries={[path]}>
        <EmployeeList />
      </MemoryRouter>
    </Provider>,
  )
}

beforeAll(async () => {
  await loadNamespace('admin')
  await loadNamespace('acting')
})

describe('EmployeeList', () => {
  it('renders a table of employees with formatted NIPs and translated position kinds', async () => {
    const { client, employeeRequests } = mockClient(() => ({
      data: page([employee(1), employee(2, { name: 'Budi Santoso', positionKind: 'PELAKSANA', active: false })], {
        total: 2,
      }),
    }))
    renderList(client)

    const table = await screen.findByRole('table', { name: /Daftar pegawai/ })
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent)
    expect(headers).toEqual(['NIP', 'Nama', 'Pangkat/golongan', 'Jabatan', 'Jenis jabatan', 'Unit kerja'])
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(2)
    expect(within(rows[0]).getByRole('rowheader')).toHaveTextContent('Pegawai 1')
    expect(within(rows[0]).getByText('19860926 201505 1 001')).toBeInTheDocument()
    expect(within(rows[0]).getByText('Fungsional')).toBeInTheDocument()
    expect(within(rows[0]).getByText('Badan Kepegawaian Daerah')).toBeInTheDocument()
    expect(within(rows[1]).getByText('Pelaksana')).toBeInTheDocument()
    expect(within(rows[1]).getByText('nonaktif')).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('Jumlah pegawai: 2')

    expect(employeeRequests()[0]?.variables).toEqual({
      first: 25,
      after: null,
      orderBy: [
        { field: 'NAME', direction: 'ASC' },
        { field: 'NIP', direction: 'ASC' },
      ],
      where: undefined,
    })
    expect(await screen.findByRole('option', { name: 'DISDIK — Dinas Pendidikan' })).toBeInTheDocument()
  })

  it('searches by name or NIP prefix after the user stops typing', async () => {
    const { client, employeeRequests } = mockClient(() => ({ data: page([employee(1)]) }))
    const user = userEvent.setup()
    renderList(client)
    await screen.findByRole('table')

    await user.type(screen.getByRole('searchbox', { name: 'Cari nama atau NIP' }), '1986')

    await vi.waitFor(() =>
      expect(employeeRequests().at(-1)?.variables.where).toEqual({
        or: [{ nipHasPrefix: '1986' }, { nameContainsFold: '1986' }],
      }),
    )
    // Debounced: no request for the partial texts "1", "19", "198".
    expect(employeeRequests().some((r) => JSON.stringify(r.variables.where ?? {}).includes('"19"'))).toBe(false)
  })

  it('filters by unit and sorts by NIP', async () => {
    const { client, employeeRequests } = mockClient(() => ({ data: page([employee(1)]) }))
    const user = userEvent.setup()
    renderList(client)
    await screen.findByRole('option', { name: 'DISDIK — Dinas Pendidikan' })

    await user.selectOptions(screen.getByRole('combobox', { name: 'Unit kerja' }), 'u2')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Urutkan' }), '-nip')

    await vi.waitFor(() =>
      expect(employeeRequests().at(-1)?.variables).toMatchObject({
        where: {
          hasUnitWith: [
            {
              or: [
                { id: 'u2' },
                { hasParentWith: [{ id: 'u2' }] },
                { hasParentWith: [{ hasParentWith: [{ id: 'u2' }] }] },
                { hasParentWith: [{ hasParentWith: [{ hasParentWith: [{ id: 'u2' }] }] }] },
              ],
            },
          ],
        },
        orderBy: [{ field: 'NIP', direction: 'DESC' }],
      }),
    )
  })

  it('pages forward and back with cursors', async () => {
    const { client, employeeRequests } = mockClient((variables) => ({
      data: variables.after ? page([employee(3)], { total: 26 }) : page([employee(1), employee(2)], { total: 26, hasNextPage: true }),
    }))
    const user = userEvent.setup()
    renderList(client)

    expect(await screen.findByText('Halaman 1 dari 2')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Sebelumnya' })).toBeDisabled()
    await user.click(screen.getByRole('button', { name: 'Berikutnya' }))

    expect(await screen.findByText('Halaman 2 dari 2')).toBeInTheDocument()
    expect(employeeRequests().at(-1)?.variables.after).toBe('cursor-25')
    expect(screen.getByRole('rowheader', { name: 'Pegawai 3' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Berikutnya' })).toBeDisabled()

    await user.click(screen.getByRole('button', { name: 'Sebelumnya' }))
    expect(await screen.findByText('Halaman 1 dari 2')).toBeInTheDocument()
  })

  it('says so when nothing matches', async () => {
    const { client } = mockClient(() => ({ data: page([]) }))
    renderList(client, '/employees?q=zzz')
    expect(await screen.findByText('Tidak ada pegawai yang cocok dengan pencarian ini.')).toBeInTheDocument()
    expect(screen.getByRole('searchbox')).toHaveValue('zzz')
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
  })

  it('shows an error with a retry button when the list cannot be loaded', async () => {
    const { client } = mockClient(() => ({ error: new CombinedError({ networkError: new Error('offline') }) }))
    renderList(client)
    expect(await screen.findByRole('alert')).toHaveTextContent('Daftar pegawai tidak dapat dimuat.')
    expect(screen.getByRole('button', { name: 'Coba lagi' })).toBeInTheDocument()
  })

  it('offers HR admins to add an employee, and auditors only the list', async () => {
    const { client } = mockClient(() => ({ data: page([employee(1)]) }))
    for (const [roles, offered] of [
      [['HR_ADMIN'], true],
      [['AUDITOR'], false],
    ] as const) {
      const viewer = sessionViewer({ roles: [...roles] }).viewer as unknown as SessionViewer
      const { unmount } = render(
        <SessionContext.Provider value={{ status: 'signed-in', viewer, zone: defaultZone, signedIn: () => {}, logout: () => Promise.resolve() }}>
          <Provider value={client}>
            <MemoryRouter initialEntries={['/admin/pegawai']}>
              <EmployeeList />
            </MemoryRouter>
          </Provider>
        </SessionContext.Provider>,
      )
      await screen.findByRole('table')
      expect(screen.queryByRole('link', { name: 'Tambah pegawai' }) !== null).toBe(offered)
      expect(screen.getByRole('link', { name: 'Pegawai 1' })).toHaveAttribute('href', '/admin/pegawai/e1')
      unmount()
    }
  })

  it('filters by employee type, position kind and whether active', async () => {
    const { client, employeeRequests } = mockClient(() => ({ data: page([employee(1)]) }))
    const user = userEvent.setup()
    renderList(client, '/admin/pegawai?type=PPPK')
    await screen.findByRole('table')
    expect(employeeRequests()[0]?.variables.where).toEqual({ type: 'PPPK' })
    await user.selectOptions(screen.getByRole('combobox', { name: 'Jenis jabatan' }), 'FUNGSIONAL')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'inactive')
    await vi.waitFor(() => expect(employeeRequests().at(-1)?.variables.where).toEqual({ type: 'PPPK', positionKind: 'FUNGSIONAL', active: false }))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Urutkan' }), 'kind')
    await vi.waitFor(() =>
      expect(employeeRequests().at(-1)?.variables.orderBy).toEqual([
        { field: 'POSITION_KIND', direction: 'ASC' },
        { field: 'NAME', direction: 'ASC' },
        { field: 'NIP', direction: 'ASC' },
      ]),
    )
  })

  it('marks the officials outside the agency and filters on them', async () => {
    const { client, employeeRequests } = mockClient(() => ({ data: page([employee(1), employee(2, { name: 'Sekretaris Daerah', external: true })]) }))
    const user = userEvent.setup()
    renderList(client, '/admin/pegawai')
    const table = await screen.findByRole('table')
    expect(within(within(table).getByRole('rowheader', { name: /Sekretaris Daerah/ })).getByText('Di luar instansi')).toHaveClass('badge')
    expect(within(within(table).getByRole('rowheader', { name: /Pegawai 1/ })).queryByText('Di luar instansi')).not.toBeInTheDocument()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Asal pegawai' }), 'external')
    await vi.waitFor(() => expect(employeeRequests().at(-1)?.variables.where).toEqual({ external: true }))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Asal pegawai' }), 'internal')
    await vi.waitFor(() => expect(employeeRequests().at(-1)?.variables.where).toEqual({ external: false }))
  })
})
