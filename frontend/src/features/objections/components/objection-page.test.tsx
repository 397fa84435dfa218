import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { Provider } from 'urql'
import { describe, expect, it, vi } from 'vitest'
import { Toasts } from '@/components/ui/toast'
import { makeFormatter } from '@/lib/format'
import { awaitingObjection, openObjection } from '@/test/fixtures'
import { gqlError, type MockCall, type MockHandlers, mockClient } from '@/test/mock-client'
import { ObjectionPage } from './objection-page'

/** Part of the predikat matrix of PermenPANRB 6/2022, as Period.predikatMatrix returns it. */
const matrix = [
  { result: 'ABOVE', behaviour: 'MEETS', predikat: 'BAIK' },
  { result: 'MEETS', behaviour: 'MEETS', predikat: 'BAIK' },
  { result: 'BELOW', behaviour: 'MEETS', predikat: 'BUTUH_PERBAIKAN' },
]

/** The appraiser's superior, the objection's decider. */
const decider = { __typename: 'Viewer', employee: { __typename: 'Employee', id: 'e9' }, can: { __typename: 'ViewerCan', decideObjections: true } }
/** Siti Rahmawati, who wrote the appraisal. */
const appraiser = { __typename: 'Viewer', employee: { __typename: 'Employee', id: 'e1' }, can: { __typename: 'ViewerCan', decideObjections: false } }

const day = 24 * 60 * 60 * 1000
const { dateTime, deadline } = makeFormatter('id')

/** pageData is ObjectionPage's answer for the objection (openObjection unless given) and viewer (the decider unless given). */
function pageData(objection: object = openObjection(), viewer: object = decider) {
  return { viewer, node: { ...objectionPage.node, ...objection, decider: { __typename: 'Employee', id: 'e9' } } }
}

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
      <Toasts />
    </Provider>,
  )
}

describe('ObjectionPage', () => {
  it("shows whose appraisal it is, the objection with who filed it, the appraiser's explanation, and the appraisal as released", async () => {
    renderPage({ ObjectionPage: () => ({ data: pageData() }) })
    expect(await screen.findByRole('heading', { level: 2, name: /Nurul Aini/ })).toHaveTextContent('19980714 202401 2 004')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Putuskan keberatan')
    expect(screen.getByText('Penilaian Kinerja 2026 — Triwulan 4')).toBeInTheDocument()
    const objections = screen.getByRole('region', { name: 'Keberatan' })
    expect(within(objections).getByText('Laporan selesai lebih cepat dari jadwal.')).toBeInTheDocument()
    expect(within(objections).getByText('· Nurul Aini')).toBeInTheDocument()
    expect(within(objections).getByText('Laporan triwulan ketiga terlambat dua minggu.')).toBeInTheDocument()
    expect(within(objections).getByText(`· diberikan ${dateTime('2027-01-07T09:00:00Z')}`)).toBeInTheDocument()
    expect(within(objections).getByText('Menunggu keputusan')).toHaveClass('status-badge')
    const released = screen.getByRole('region', { name: 'Penilaian yang dirilis' })
    expect(within(released).getByText('Tersusunnya laporan evaluasi')).toBeInTheDocument()
    expect(within(released).getByText('Tepat waktu')).toBeInTheDocument()
  })

  it('revises the ratings with the predikat read from the period matrix', async () => {
    const calls: MockCall[] = []
    const user = userEvent.setup()
    renderPage(
      {
        ObjectionPage: () => ({ data: pageData() }),
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

  it("tells the decider the decision waits for the appraiser's explanation until it is due", async () => {
    // The end of 31 January 2099 in Makassar, as the server sends it.
    const due = '2099-01-31T15:59:59.999999999Z'
    renderPage({ ObjectionPage: () => ({ data: pageData(awaitingObjection(due)) }) })
    const decide = await screen.findByRole('region', { name: 'Keputusan' })
    expect(
      within(decide).getByText('Keputusan dapat diambil setelah pejabat penilai memberi penjelasan, atau mulai 31 Jan 2099, 23.59 WITA.'),
    ).toBeInTheDocument()
    expect(within(decide).queryByRole('form')).not.toBeInTheDocument()
    const objections = screen.getByRole('region', { name: 'Keberatan' })
    expect(within(objections).getByText('Menunggu penjelasan penilai')).toHaveClass('status-badge')
    expect(within(objections).getByText(`Menunggu penjelasan pejabat penilai hingga ${deadline(due)}.`)).toBeInTheDocument()
    expect(screen.queryByRole('form', { name: 'Penjelasan keberatan' })).not.toBeInTheDocument()
  })

  it('lets the decider decide without the explanation once its time has passed', async () => {
    const due = new Date(Date.now() - day).toISOString()
    renderPage({ ObjectionPage: () => ({ data: pageData(awaitingObjection(due)) }) })
    const decide = await screen.findByRole('region', { name: 'Keputusan' })
    expect(within(decide).getByRole('form', { name: 'Keputusan keberatan' })).toBeInTheDocument()
    expect(
      within(decide).getByText(`Pejabat penilai tidak memberi penjelasan hingga ${deadline(due)}; Anda dapat memutus tanpa penjelasan itu.`),
    ).toBeInTheDocument()
  })

  it('lets the appraiser explain the appraisal, once, with the explanation required', async () => {
    const calls: MockCall[] = []
    const user = userEvent.setup()
    const due = new Date(Date.now() + 3 * day).toISOString()
    renderPage(
      {
        ObjectionPage: () => ({ data: pageData(awaitingObjection(due), appraiser) }),
        ExplainObjection: () => ({
          data: {
            explainObjection: {
              __typename: 'Objection',
              id: 'o1',
              status: 'OPEN',
              explanation: 'Laporan triwulan ketiga terlambat dua minggu.',
              explainedAt: new Date().toISOString(),
            },
          },
        }),
      },
      calls,
    )
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Jelaskan penilaian')
    const explain = await screen.findByRole('form', { name: 'Penjelasan keberatan' })
    expect(
      within(screen.getByRole('region', { name: 'Penjelasan Anda' })).getByText(
        `Kirim sebelum ${deadline(due)}; setelah itu atasan Anda dapat memutus tanpa penjelasan.`,
      ),
    ).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Keputusan' })).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: /Kembali ke penilaian/ })).toHaveAttribute('href', '/tim/penilaian/ap1')

    const text = within(explain).getByRole('textbox', { name: /Penjelasan/ })
    expect(text).toBeRequired()
    await user.click(within(explain).getByRole('button', { name: 'Kirim penjelasan' }))
    expect(await within(explain).findByText('Tuliskan penjelasan Anda.')).toBeInTheDocument()
    expect(calls.some((c) => c.name === 'ExplainObjection')).toBe(false)

    await user.type(text, '  Laporan triwulan ketiga terlambat dua minggu.  ')
    await user.click(within(explain).getByRole('button', { name: 'Kirim penjelasan' }))
    expect(await screen.findByText('Penjelasan dikirim.')).toBeInTheDocument()
    expect(calls.find((c) => c.name === 'ExplainObjection')?.variables).toEqual({ id: 'o1', explanation: 'Laporan triwulan ketiga terlambat dua minggu.' })
  })

  it("follows the objection's status once the appraiser has explained: the heading and the current step", async () => {
    const user = userEvent.setup()
    let explained = false
    const due = new Date(Date.now() + 3 * day).toISOString()
    renderPage({
      ObjectionPage: () => ({ data: pageData(explained ? openObjection() : awaitingObjection(due), appraiser) }),
      ExplainObjection: () => {
        explained = true
        return {
          data: {
            explainObjection: {
              __typename: 'Objection',
              id: 'o1',
              status: 'OPEN',
              explanation: 'Laporan triwulan ketiga terlambat dua minggu.',
              explainedAt: '2027-01-07T09:00:00Z',
            },
          },
        }
      },
    })
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Jelaskan penilaian')
    const stages = screen.getByRole('list', { name: 'Tahap keberatan' })
    expect(within(stages).getByRole('listitem', { current: 'step' })).toHaveTextContent('Penjelasan pejabat penilai')
    expect(within(stages).getByText('Diajukan')).toHaveClass('is-done')

    const explain = screen.getByRole('form', { name: 'Penjelasan keberatan' })
    await user.type(within(explain).getByRole('textbox', { name: /Penjelasan/ }), 'Laporan triwulan ketiga terlambat dua minggu.')
    await user.click(within(explain).getByRole('button', { name: 'Kirim penjelasan' }))
    await vi.waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Keberatan menunggu keputusan'))
    expect(document.title).toMatch(/^Keberatan menunggu keputusan/)
    expect(within(screen.getByRole('list', { name: 'Tahap keberatan' })).getByRole('listitem', { current: 'step' })).toHaveTextContent(
      'Keputusan atasan pejabat penilai',
    )
    expect(screen.queryByRole('form', { name: 'Penjelasan keberatan' })).not.toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Keputusan' })).not.toBeInTheDocument()
  })

  it('tells the decider, before the decision opens, that the objection waits for the explanation', async () => {
    const due = new Date(Date.now() + 3 * day).toISOString()
    renderPage({ ObjectionPage: () => ({ data: pageData(awaitingObjection(due)) }) })
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Keberatan menunggu penjelasan')
    expect(within(screen.getByRole('list', { name: 'Tahap keberatan' })).getByRole('listitem', { current: 'step' })).toHaveTextContent(
      'Penjelasan pejabat penilai',
    )
  })

  it('says the objection is decided once it is, the decision the last stage', async () => {
    renderPage({
      ObjectionPage: () => ({
        data: pageData({
          ...openObjection(),
          status: 'UPHELD',
          decisionNote: 'Penilaian sesuai realisasi.',
          decidedAt: '2027-01-10T09:00:00Z',
          decidedBy: { __typename: 'Employee', id: 'e9', name: 'Bambang Sutrisno' },
        }),
      }),
    })
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Keberatan telah diputus')
    const stages = screen.getByRole('list', { name: 'Tahap keberatan' })
    expect(within(stages).getByRole('listitem', { current: 'step' })).toHaveTextContent('Penilaian dikukuhkan')
    expect(within(stages).getAllByText(/selesai/)).toHaveLength(3)
    expect(screen.queryByRole('region', { name: 'Keputusan' })).not.toBeInTheDocument()
  })

  it('names the stage for a reader who neither explains nor decides', async () => {
    const reader = { __typename: 'Viewer', employee: { __typename: 'Employee', id: 'e2' }, can: { __typename: 'ViewerCan', decideObjections: false } }
    renderPage({ ObjectionPage: () => ({ data: pageData(openObjection(), reader) }) })
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Keberatan menunggu keputusan')
    expect(screen.queryByRole('form')).not.toBeInTheDocument()
  })

  it("shows the server's refusal of an explanation in the form", async () => {
    const user = userEvent.setup()
    renderPage({
      ObjectionPage: () => ({ data: pageData(awaitingObjection(new Date(Date.now() + day).toISOString()), appraiser) }),
      ExplainObjection: () => ({ errors: [gqlError('keberatan ini sudah dijelaskan', 'INVALID_STATE')] }),
    })
    const explain = await screen.findByRole('form', { name: 'Penjelasan keberatan' })
    await user.type(within(explain).getByRole('textbox', { name: /Penjelasan/ }), 'Sudah sesuai realisasi.')
    await user.click(within(explain).getByRole('button', { name: 'Kirim penjelasan' }))
    expect(await within(explain).findByRole('alert')).toHaveTextContent('keberatan ini sudah dijelaskan')
  })
})
