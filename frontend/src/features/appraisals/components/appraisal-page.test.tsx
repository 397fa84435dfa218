import { render, screen, within } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { Provider } from 'urql'
import { describe, expect, it } from 'vitest'
import { makeFormatter } from '@/lib/format'
import { loadNamespace } from '@/lib/i18n'
import { awaitingObjection, openObjection } from '@/test/fixtures'
import { mockClient } from '@/test/mock-client'
import { AppraisalPage } from './appraisal-page'

const appraisalPage = {
  viewer: { __typename: 'Viewer', employee: { __typename: 'Employee', id: 'e2' } },
  node: {
    __typename: 'Appraisal',
    id: 'ap1',
    kind: 'ANNUAL',
    quarter: null,
    status: 'OBJECTED',
    releasedAt: '2027-01-02T09:00:00Z',
    acknowledgedAt: null,
    finalizedAt: null,
    objectionDeadline: '2027-01-16T09:00:00Z',
    appraiser: { __typename: 'Employee', id: 'e1', name: 'Siti Rahmawati' },
    resultRating: 'MEETS',
    behaviourRating: 'ABOVE',
    predikat: 'BAIK',
    score: null,
    skpScore: null,
    behaviourScore: null,
    note: 'Pertahankan.',
    scores: [
      {
        __typename: 'Score',
        id: 's2',
        rating: 'ABOVE',
        value: null,
        note: null,
        target: null,
        criterion: { __typename: 'Criterion', id: 'c1', code: 'AKUNTABEL', name: 'Akuntabel', nameEn: 'Accountable', kind: 'BEHAVIOUR' },
      },
    ],
    plan: {
      __typename: 'Plan',
      id: 'pl1',
      employee: { __typename: 'Employee', id: 'e2' },
      period: { __typename: 'Period', id: 'p26', name: 'Penilaian Kinerja 2026', scoringMethod: 'PERMENPAN_2022', objectionWindowDays: 14 },
    },
    objections: [openObjection()],
  },
}

function renderPage(data: unknown) {
  const { client } = mockClient({ AppraisalPage: () => ({ data }) })
  const router = createMemoryRouter([{ path: '/penilaian/:appraisalId', element: <AppraisalPage /> }], { initialEntries: ['/penilaian/ap1'] })
  render(
    <Provider value={client}>
      <RouterProvider router={router} />
    </Provider>,
  )
}

describe('AppraisalPage', () => {
  it("shows the employee's own appraisal with its result and objections, without naming the employee as the filer", async () => {
    renderPage(appraisalPage)
    expect(await screen.findByRole('heading', { level: 2, name: 'Penilaian Kinerja 2026 — Tahunan' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: /Semua penilaian saya/ })).toHaveAttribute('href', '/penilaian')
    const result = screen.getByRole('region', { name: 'Hasil penilaian' })
    expect(within(result).getByText('Akuntabel')).toBeInTheDocument()
    expect(within(result).getByText('Pertahankan.')).toBeInTheDocument()
    const objections = screen.getByRole('region', { name: 'Keberatan' })
    expect(within(objections).getByText('Laporan selesai lebih cepat dari jadwal.')).toBeInTheDocument()
    expect(within(objections).queryByText(/Nurul Aini/)).not.toBeInTheDocument()
    expect(within(objections).getByText('Laporan triwulan ketiga terlambat dua minggu.')).toBeInTheDocument()
  })

  it("shows a new objection as awaiting the appraiser's explanation, until when", async () => {
    renderPage({ ...appraisalPage, node: { ...appraisalPage.node, objections: [awaitingObjection('2027-01-12T16:59:59Z')] } })
    const objections = await screen.findByRole('region', { name: 'Keberatan' })
    expect(within(objections).getByText('Menunggu penjelasan penilai')).toHaveClass('status-badge')
    expect(
      within(objections).getByText(`Menunggu penjelasan pejabat penilai hingga ${makeFormatter('id').deadline('2027-01-12T16:59:59Z')}.`),
    ).toBeInTheDocument()
    expect(within(objections).queryByText('Penjelasan pejabat penilai')).not.toBeInTheDocument()
  })

  it('names an appraiser who acted as Plt. with the prefix', async () => {
    await loadNamespace('acting')
    renderPage({ ...appraisalPage, node: { ...appraisalPage.node, appraiserActing: 'PLT' } })
    expect((await screen.findByText('Plt. Siti Rahmawati')).tagName).toBe('DD')
  })
})
