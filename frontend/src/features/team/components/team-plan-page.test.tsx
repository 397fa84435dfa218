import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { Provider } from 'urql'
import { describe, expect, it } from 'vitest'
import { mockClient } from '@/test/mock-client'
import { TeamPlanPage } from './team-plan-page'

const teamPlan = {
  node: {
    __typename: 'Plan',
    id: 'pl1',
    status: 'SUBMITTED',
    note: null,
    submittedAt: '2026-01-10T09:00:00Z',
    agreedAt: null,
    employee: { __typename: 'Employee', id: 'e2', name: 'Nurul Aini', nip: '199807142024012004', position: 'Analis' },
    appraiser: { __typename: 'Employee', id: 'e1' },
    period: { __typename: 'Period', id: 'p26', name: 'Penilaian Kinerja 2026', phase: 'EXECUTION', scoringMethod: 'PERMENPAN_2022' },
    targets: [
      {
        __typename: 'Target',
        id: 't1',
        kind: 'MAIN',
        title: 'Tersusunnya laporan evaluasi',
        position: 1,
        parent: { __typename: 'Target', id: 't0', title: 'Meningkatnya akuntabilitas kinerja' },
        indicators: [
          {
            __typename: 'Indicator',
            id: 'i1',
            description: 'Laporan yang disampaikan',
            aspect: 'QUANTITY',
            targetValue: 12,
            unit: 'laporan',
            yearTotal: 3,
            realizations: [{ __typename: 'Realization', id: 'r1', quarter: 1, value: 3, evidence: 'Arsip Q1' }],
          },
        ],
      },
    ],
    appraisals: [],
  },
}

describe('TeamPlanPage', () => {
  it("shows a subordinate's results with what they support, and the progress of each indicator", async () => {
    const { client } = mockClient({ TeamPlan: () => ({ data: teamPlan }) })
    const router = createMemoryRouter([{ path: '/tim/skp/:planId', element: <TeamPlanPage /> }], { initialEntries: ['/tim/skp/pl1'] })
    const user = userEvent.setup()
    render(
      <Provider value={client}>
        <RouterProvider router={router} />
      </Provider>,
    )
    const card = await screen.findByRole('article', { name: /Tersusunnya laporan evaluasi/ })
    expect(within(card).getByText('Meningkatnya akuntabilitas kinerja')).toBeInTheDocument()
    expect(within(card).getByText('Kuantitas · target 12 laporan')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: /Tim saya/ })).toHaveAttribute('href', '/tim')

    await user.click(screen.getByRole('tab', { name: 'Realisasi' }))
    const progress = screen.getByRole('tabpanel', { name: 'Realisasi' })
    expect(within(progress).getByText(/realisasi 3 dari target 12 laporan/)).toBeInTheDocument()
    expect(within(progress).getByText('Triwulan 1: 3 laporan — Arsip Q1')).toBeInTheDocument()
  })
})
