import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { Provider } from 'urql'
import { beforeEach, describe, expect, it } from 'vitest'
import { Toasts } from '@/components/ui/toast'
import { loadNamespace } from '@/lib/i18n'
import { type SessionViewer, SessionContext } from '@/lib/session'
import { defaultZone } from '@/lib/time-zone'
import { sessionViewer } from '@/test/fixtures'
import { type MockCall, type MockHandlers, mockClient } from '@/test/mock-client'
import { TeamPlanPage } from './team-plan-page'

const teamPlan = {
  viewer: { __typename: 'Viewer', employee: { __typename: 'Employee', id: 'e1' } },
  inbox: [] as unknown[],
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
    escalationReason: null,
    escalatedAt: null,
    feedback: [] as unknown[],
  },
}

/** task is an inbox item of the viewer on the plan pl1. */
function task(kind: string, appraisal: string | null = null, objection: string | null = null) {
  return {
    __typename: 'InboxItem',
    kind,
    plan: { __typename: 'Plan', id: 'pl1' },
    appraisal: appraisal ? { __typename: 'Appraisal', id: appraisal } : null,
    objection: objection ? { __typename: 'Objection', id: objection } : null,
  }
}

/**
 * escalatedPlan is teamPlan escalated by its employee, as its appraiser's
 * superior (e0) opens it, the settlement in the inbox, unless another viewer
 * and inbox are given.
 */
function escalatedPlan(viewerID = 'e0', inbox: unknown[] = viewerID === 'e0' ? [task('PLAN_TO_SETTLE')] : []) {
  return {
    viewer: { __typename: 'Viewer', employee: { __typename: 'Employee', id: viewerID } },
    inbox,
    node: {
      ...teamPlan.node,
      status: 'ESCALATED',
      note: 'Indikator kualitas belum terukur.',
      escalationReason: 'Indikator sudah sesuai pedoman unit.',
      escalatedAt: '2026-01-20T09:00:00Z',
    },
  }
}

function renderPage(handlers: MockHandlers, calls: MockCall[] = [], viewer = sessionViewer({ appraise: true })) {
  const { client } = mockClient(handlers, calls)
  const router = createMemoryRouter([{ path: '/tim/skp/:planId', element: <TeamPlanPage /> }], { initialEntries: ['/tim/skp/pl1'] })
  const session = {
    status: 'signed-in' as const,
    viewer: viewer.viewer as unknown as SessionViewer,
    zone: defaultZone,
    signedIn: () => {},
    logout: () => Promise.resolve(),
  }
  render(
    <SessionContext.Provider value={session}>
      <Provider value={client}>
        <RouterProvider router={router} />
        <Toasts />
      </Provider>
    </SessionContext.Provider>,
  )
}

/** An HR admin without subordinates: may read every plan, appraises none. */
const hrAdmin = sessionViewer({ roles: ['HR_ADMIN'], name: 'Dewi Lestari' })

/** released is an appraisal of the plan, released to the employee. */
const released = { __typename: 'Appraisal', id: 'ap1', kind: 'ANNUAL', quarter: null, status: 'OBJECTED', predikat: 'BAIK', releasedAt: '2027-01-02T09:00:00Z' }

beforeEach(async () => {
  await loadNamespace('plans')
})

describe('TeamPlanPage', () => {
  it("shows a subordinate's results with what they support, and the progress of each indicator", async () => {
    const user = userEvent.setup()
    renderPage({ TeamPlan: () => ({ data: teamPlan }) })
    const card = await screen.findByRole('article', { name: /Tersusunnya laporan evaluasi/ })
    expect(within(card).getByText('Meningkatnya akuntabilitas kinerja')).toBeInTheDocument()
    expect(within(card).getByText('Kuantitas · target 12 laporan')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: /Tim saya/ })).toHaveAttribute('href', '/tim')

    await user.click(screen.getByRole('tab', { name: 'Realisasi' }))
    const progress = screen.getByRole('tabpanel', { name: 'Realisasi' })
    expect(within(progress).getByText(/realisasi 3 dari target 12 laporan/)).toBeInTheDocument()
    expect(within(progress).getByText('Triwulan 1: 3 laporan — Arsip Q1')).toBeInTheDocument()
  })

  it("lets the appraiser's superior settle an escalated plan, agreeing it with the grounds", async () => {
    const calls: MockCall[] = []
    const user = userEvent.setup()
    renderPage(
      {
        TeamPlan: () => ({ data: escalatedPlan() }),
        SettlePlan: () => ({
          data: { settlePlan: { __typename: 'Plan', id: 'pl1', status: 'AGREED', note: 'Disetujui.', agreedAt: '2026-01-21T09:00:00Z', returnCount: 0 } },
        }),
      },
      calls,
    )
    expect(await screen.findByText('Indikator sudah sesuai pedoman unit.')).toBeInTheDocument()
    expect(screen.getByText('Catatan terakhir pejabat penilai')).toBeInTheDocument()
    expect(screen.getByText('Indikator kualitas belum terukur.')).toBeInTheDocument()

    const form = screen.getByRole('form', { name: 'Keputusan atas SKP yang diajukan' })
    const choice = within(form).getByRole('radiogroup', { name: 'Keputusan' })
    expect(within(choice).getByRole('radio', { name: /Setujui SKP/ })).toBeChecked()
    expect(within(choice).getByRole('radio', { name: /Kembalikan dengan arahan/ })).not.toBeChecked()

    // Without grounds the confirmation closes on the field's error.
    await user.click(within(form).getByRole('button', { name: 'Tetapkan keputusan' }))
    await user.click(within(screen.getByRole('alertdialog', { name: 'Tetapkan keputusan?' })).getByRole('button', { name: 'Ya, tetapkan' }))
    const note = within(form).getByRole('textbox', { name: /Pertimbangan dan arahan/ })
    expect(note).toHaveAccessibleDescription(expect.stringContaining('Tuliskan pertimbangan keputusan Anda.'))
    expect(calls.map((c) => c.name)).not.toContain('SettlePlan')

    await user.type(note, 'Indikator sudah memadai.')
    await user.click(within(form).getByRole('button', { name: 'Tetapkan keputusan' }))
    const confirm = screen.getByRole('alertdialog', { name: 'Tetapkan keputusan?' })
    expect(confirm).toHaveTextContent('SKP Nurul Aini akan disetujui.')
    await user.click(within(confirm).getByRole('button', { name: 'Ya, tetapkan' }))
    expect(await screen.findByText('SKP Nurul Aini disetujui.')).toBeInTheDocument()
    expect(calls.find((c) => c.name === 'SettlePlan')?.variables).toEqual({ id: 'pl1', input: { settlement: 'AGREE', note: 'Indikator sudah memadai.' } })
  })

  it("shows the settlement to the escalated plan's own appraiser only as waiting", async () => {
    renderPage({ TeamPlan: () => ({ data: escalatedPlan('e1') }) })
    expect(await screen.findByText(/Atasan Anda akan memutuskan SKP ini/)).toBeInTheDocument()
    expect(screen.queryByRole('form', { name: 'Keputusan atas SKP yang diajukan' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Setujui SKP' })).not.toBeInTheDocument()
  })

  it("shows the feedback thread, and the form only to the plan's appraiser", async () => {
    const calls: MockCall[] = []
    const user = userEvent.setup()
    const data = structuredClone(teamPlan)
    data.node.feedback = [
      {
        __typename: 'Feedback',
        id: 'fb1',
        createdAt: '2026-03-02T02:30:00Z',
        text: 'Laporan Q1 sudah diunggah.',
        author: { __typename: 'Employee', id: 'e2', name: 'Nurul Aini' },
        target: { __typename: 'Target', id: 't1', title: 'Tersusunnya laporan evaluasi' },
      },
    ]
    renderPage(
      {
        TeamPlan: () => ({ data }),
        GiveFeedback: () => ({
          data: {
            giveFeedback: { __typename: 'Feedback', id: 'fb2', createdAt: '2026-03-03T02:30:00Z', text: 'Bagus.', plan: { __typename: 'Plan', id: 'pl1' } },
          },
        }),
      },
      calls,
    )
    const section = await screen.findByRole('region', { name: 'Umpan balik' })
    expect(within(section).getByRole('listitem')).toHaveTextContent(/Nurul Aini.*tentang Tersusunnya laporan evaluasi.*Laporan Q1 sudah diunggah\./)
    await user.type(within(section).getByRole('textbox', { name: /Umpan balik Anda/ }), 'Bagus.')
    await user.click(within(section).getByRole('button', { name: 'Kirim umpan balik' }))
    expect(await screen.findByText('Umpan balik dikirim.')).toBeInTheDocument()
    expect(calls.find((c) => c.name === 'GiveFeedback')?.variables).toEqual({ input: { planID: 'pl1', targetID: null, text: 'Bagus.' } })
  })

  it('offers no feedback form to a reader who is neither the employee nor the appraiser', async () => {
    renderPage({ TeamPlan: () => ({ data: { ...teamPlan, viewer: { __typename: 'Viewer', employee: { __typename: 'Employee', id: 'e0' } } } }) })
    const section = await screen.findByRole('region', { name: 'Umpan balik' })
    expect(within(section).getByText('Belum ada umpan balik.')).toBeInTheDocument()
    expect(within(section).queryByRole('textbox')).not.toBeInTheDocument()
  })
  it('opens for an HR admin without subordinates, with only what HR may do: read', async () => {
    renderPage({ TeamPlan: () => ({ data: { ...escalatedPlan('e7'), node: { ...escalatedPlan('e7').node, appraisals: [released] } } }) }, [], hrAdmin)
    expect(await screen.findByText('Indikator sudah sesuai pedoman unit.')).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('SKP bawahan')
    expect(screen.queryByRole('form', { name: 'Keputusan atas SKP yang diajukan' })).not.toBeInTheDocument()
    expect(screen.queryByText(/Atasan Anda akan memutuskan SKP ini/)).not.toBeInTheDocument()
    // The team list is not theirs: back goes home.
    expect(screen.getByRole('link', { name: /Beranda/ })).toHaveAttribute('href', '/')
    const user = userEvent.setup()
    await user.click(screen.getByRole('tab', { name: /Penilaian/ }))
    const tab = screen.getByRole('tabpanel', { name: /Penilaian/ })
    expect(within(tab).getByRole('listitem')).toHaveTextContent(/^Tahunan/)
    expect(within(tab).queryByRole('link')).not.toBeInTheDocument()
    expect(within(tab).queryByRole('button', { name: 'Mulai penilaian' })).not.toBeInTheDocument()
  })

  it('offers the settlement to whoever the inbox gives it to, subordinates or none', async () => {
    renderPage({ TeamPlan: () => ({ data: escalatedPlan('e7', [task('PLAN_TO_SETTLE')]) }) }, [], sessionViewer({ name: 'Sekretaris Daerah' }))
    expect(await screen.findByRole('form', { name: 'Keputusan atas SKP yang diajukan' })).toBeInTheDocument()
  })

  it('neither agrees nor returns a submitted plan for a reader who is not its appraiser', async () => {
    renderPage({ TeamPlan: () => ({ data: { ...teamPlan, viewer: { __typename: 'Viewer', employee: { __typename: 'Employee', id: 'e7' } } } }) }, [], hrAdmin)
    expect(await screen.findByRole('article', { name: /Tersusunnya laporan evaluasi/ })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Setujui SKP' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Kembalikan' })).not.toBeInTheDocument()
  })

  it('lets the appraiser agree or return a submitted plan', async () => {
    renderPage({ TeamPlan: () => ({ data: teamPlan }) })
    expect(await screen.findByRole('button', { name: 'Setujui SKP' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Kembalikan' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: /Tim saya/ })).toHaveAttribute('href', '/tim')
  })

  it('links an objection the viewer decides from the appraisal it is against', async () => {
    const user = userEvent.setup()
    const data = { ...escalatedPlan('e7', [task('OBJECTION_TO_DECIDE', 'ap1', 'o1')]), node: { ...teamPlan.node, status: 'AGREED', appraisals: [released] } }
    renderPage({ TeamPlan: () => ({ data }) }, [], sessionViewer({ decideObjections: true }))
    await user.click(await screen.findByRole('tab', { name: /Penilaian/ }))
    const tab = screen.getByRole('tabpanel', { name: /Penilaian/ })
    expect(within(tab).getByRole('link', { name: 'Putuskan keberatan' })).toHaveAttribute('href', '/keberatan/o1')
    expect(within(tab).queryByRole('button', { name: 'Mulai penilaian' })).not.toBeInTheDocument()
  })
})
