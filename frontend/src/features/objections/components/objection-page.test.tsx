import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { Provider } from 'urql'
import { describe, expect, it, vi } from 'vitest'
import { openObjection } from '@/test/fixtures'
import { type MockCall, type MockHandlers, mockClient } from '@/test/mock-client'
import { ObjectionPage } from './objection-page'

/** Part of the predikat matrix of PermenPANRB 6/2022, as Period.predikatMatrix returns it. */
const matrix = [
  { result: 'ABOVE', behaviour: 'MEETS', predikat: 'BAIK' },
  { result: 'MEETS', behaviour: 'MEETS', predikat: 'BAIK' },
  { result: 'BELOW', behaviour: 'MEETS', predikat: 'BUTUH_PERBAIKAN' },
]

const objectionPage = {
  node: {
    ...openObjection(),
    appraisal: {
      __typename: 'Appraisal',
      id: 'ap1',
      kind: 'QUARTERLY',
      quarter: 4,
      releasedAt: '2027-01-02T09:00:00Z',
      appraiser: { __typename: 'Employee', id: 'e1', name: 'Siti Rahmawati' },
      resultRating: 'MEETS',
      behaviourRating: 'MEETS',
      predikat: 'BAIK',
      score: null,
      skpScore: null,
      behaviourScore: null,
      note: null,
      scores: [
        {
          __typename: 'Score',
          id: 's1',
          rating: 'MEETS',
          value: null,
          note: 'Tepat waktu',
          target: { __typename: 'Target', id: 't1', title: 'Tersusunnya laporan evaluasi' },
          criterion: null,
        },
      ],
      plan: {
        __typename: 'Plan',
        id: 'pl1',
        employee: { __typename: 'Employee', id: 'e2', name: 'Nurul Aini', nip: '199807142024012004' },
        period: { __typename: 'Period', id: 'p26', name: 'Penilaian Kinerja 2026', scoringMethod: 'PERMENPAN_2022', predikatMatrix: matrix },
      },
    },
  },
}

function renderPage(handlers: MockHandlers, calls: MockCall[] = []) {
  const { client } = mockClient(handlers, calls)
  const router = createMemoryRouter([{ path: '/keberatan/:objectionId', element: <ObjectionPage /> }], { initialEntries: ['/keberatan/o1'] })
  render(
    <Provider value={client}>
      <RouterProvider router={router} />
    </Provider>,
  )
}

describe('ObjectionPage', () => {
  it('shows whose appraisal it is, the objection with who filed it, and the appraisal as released', async () => {
    renderPage({ ObjectionPage: () => ({ data: objectionPage }) })
    expect(await screen.findByRole('heading', { level: 2, name: /Nurul Aini/ })).toHaveTextContent('19980714 202401 2 004')
    expect(screen.getByText('Penilaian Kinerja 2026 — Triwulan 4')).toBeInTheDocument()
    const objections = screen.getByRole('region', { name: 'Keberatan' })
    expect(within(objections).getByText('Laporan selesai lebih cepat dari jadwal.')).toBeInTheDocument()
    expect(within(objections).getByText('· Nurul Aini')).toBeInTheDocument()
    const released = screen.getByRole('region', { name: 'Penilaian yang dirilis' })
    expect(within(released).getByText('Tersusunnya laporan evaluasi')).toBeInTheDocument()
    expect(within(released).getByText('Tepat waktu')).toBeInTheDocument()
  })

  it('revises the ratings with the predikat read from the period matrix', async () => {
    const calls: MockCall[] = []
    const user = userEvent.setup()
    renderPage(
      {
        ObjectionPage: () => ({ data: objectionPage }),
        DecideObjection: () => ({
          data: {
            decideObjection: {
              __typename: 'Objection',
              id: 'o1',
              status: 'REVISED',
              decisionNote: 'Dinilai ulang',
              decidedAt: '2027-01-08T09:00:00Z',
              predikatBefore: 'BAIK',
              predikatAfter: 'BAIK',
              appraisal: {
                __typename: 'Appraisal',
                id: 'ap1',
                status: 'FINAL',
                predikat: 'BAIK',
                resultRating: 'ABOVE',
                behaviourRating: 'MEETS',
                score: null,
              },
            },
          },
        }),
      },
      calls,
    )
    await user.click(await screen.findByRole('radio', { name: /^Ubah penilaian/ }))
    const result = screen.getByRole('radiogroup', { name: 'Rating hasil kerja' })
    expect(result).toHaveAccessibleDescription('Sebelumnya: Sesuai Ekspektasi')
    await user.click(within(result).getByRole('radio', { name: /^Di Bawah Ekspektasi/ }))
    expect(within(screen.getByRole('group', { name: 'Rating baru' })).getByRole('status')).toHaveTextContent('Butuh Perbaikan')

    await user.type(screen.getByRole('textbox', { name: /Pertimbangan keputusan/ }), 'Dinilai ulang')
    await user.click(screen.getByRole('button', { name: 'Putuskan' }))
    await user.click(await screen.findByRole('button', { name: 'Ya, putuskan' }))
    await vi.waitFor(() =>
      expect(calls.find((c) => c.name === 'DecideObjection')?.variables).toEqual({
        id: 'o1',
        input: { decision: 'REVISE', note: 'Dinilai ulang', resultRating: 'BELOW' },
      }),
    )
  })
})
