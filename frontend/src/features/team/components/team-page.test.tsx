import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { Provider } from 'urql'
import { describe, expect, it } from 'vitest'
import { setLanguage } from '@/lib/i18n'
import { mockClient } from '@/test/mock-client'
import { TeamPage } from './team-page'

/** member is a direct subordinate with a plan of the given status in the current period (or none). */
function member(id: string, name: string, status: string | null) {
  return {
    __typename: 'EmployeeEdge',
    node: {
      __typename: 'Employee',
      id,
      nip: `19980714202401200${id.slice(1)}`,
      name,
      position: 'Analis',
      plans: status ? [{ __typename: 'Plan', id: `pl-${id}`, status, period: { __typename: 'Period', id: 'p26' }, appraisals: [] }] : [],
    },
  }
}

const team = {
  viewer: {
    __typename: 'Viewer',
    currentPeriod: { __typename: 'Period', id: 'p26', name: 'Penilaian Kinerja 2026', phase: 'PLANNING' },
    employee: {
      __typename: 'Employee',
      id: 'e1',
      subordinates: {
        __typename: 'EmployeeConnection',
        totalCount: 3,
        edges: [member('e2', 'Andi Saputra', 'SUBMITTED'), member('e3', 'Nurul Aini', 'ESCALATED'), member('e4', 'Rina Wulandari', 'AGREED')],
      },
    },
  },
}

function renderPage(path = '/tim') {
  const { client } = mockClient({ Team: () => ({ data: team }) })
  const router = createMemoryRouter([{ path: '/tim', element: <TeamPage /> }], { initialEntries: [path] })
  render(
    <Provider value={client}>
      <RouterProvider router={router} />
    </Provider>,
  )
  return { router }
}

describe('TeamPage', () => {
  it('filters the plans escalated to the appraiser’s superior', async () => {
    const user = userEvent.setup()
    const { router } = renderPage()
    const table = await screen.findByRole('table', { name: 'Bawahan langsung, periode ini' })
    expect(within(table).getAllByRole('rowheader')).toHaveLength(3)

    const state = screen.getByRole('combobox', { name: 'Keadaan' })
    expect(within(state).getByRole('option', { name: 'SKP menunggu atasan penilai' })).toHaveValue('ESCALATED')
    await user.selectOptions(state, 'SKP menunggu atasan penilai')
    const rows = within(screen.getByRole('table', { name: 'Bawahan langsung, periode ini' })).getAllByRole('rowheader')
    expect(rows.map((r) => r.textContent)).toEqual([expect.stringContaining('Nurul Aini')])
    expect(screen.getByRole('status')).toHaveTextContent('Menampilkan 1 dari 3 bawahan')
    expect(router.state.location.search).toBe('?state=ESCALATED')
  })

  it('names the filter in English too, and reads it from the address', async () => {
    await setLanguage('en')
    renderPage('/tim?state=ESCALATED')
    const state = await screen.findByRole('combobox', { name: 'State' })
    expect(state).toHaveDisplayValue("SKP awaiting the appraiser's superior")
    expect(
      within(screen.getByRole('table'))
        .getAllByRole('rowheader')
        .map((r) => r.textContent),
    ).toEqual([expect.stringContaining('Nurul Aini')])
    await setLanguage('id')
  })
})
