import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { Provider } from 'urql'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { Toasts } from '@/components/ui/toast'
import { loadNamespace } from '@/lib/i18n'
import { gqlError, type MockCall, type MockHandlers, mockClient } from '@/test/mock-client'
import { MyPlanPage } from './my-plan-page'

function planData(status = 'DRAFT', targets: unknown[] = [], extra: Record<string, unknown> = {}) {
  return {
    viewer: {
      __typename: 'Viewer',
      employee: {
        __typename: 'Employee',
        id: 'e2',
        plans: [{ __typename: 'Plan', id: 'pl1', status, period: { __typename: 'Period', id: 'p26', name: 'Penilaian Kinerja 2026', year: 2026 } }],
      },
      currentPeriod: { __typename: 'Period', id: 'p26', name: 'Penilaian Kinerja 2026', phase: 'PLANNING' },
      currentPlan: {
        __typename: 'Plan',
        id: 'pl1',
        status,
        note: status === 'RETURNED' ? 'Perjelas indikator kualitas.' : null,
        submittedAt: null,
        agreedAt: null,
        period: { __typename: 'Period', id: 'p26', name: 'Penilaian Kinerja 2026', year: 2026, phase: 'PLANNING' },
        appraiser: { __typename: 'Employee', id: 'e1', name: 'Muhammad Rizal Syam' },
        targets,
        supportableTargets: [
          { __typename: 'Target', id: 'st1', title: 'Terlaksananya layanan bidang yang akuntabel', kind: 'MAIN' },
          { __typename: 'Target', id: 'st2', title: 'Meningkatnya kualitas penilaian kinerja', kind: 'MAIN' },
        ],
        returnCount: status === 'RETURNED' ? 1 : 0,
        escalationReason: null,
        escalatedAt: null,
        feedback: [],
        ...extra,
      },
    },
  }
}

function renderPage(handlers: MockHandlers, calls: MockCall[] = []) {
  const { client } = mockClient(handlers, calls)
  const router = createMemoryRouter([{ path: '/skp', element: <MyPlanPage /> }], { initialEntries: ['/skp'] })
  render(
    <Provider value={client}>
      <RouterProvider router={router} />
      <Toasts />
    </Provider>,
  )
}

async function fillTarget(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Tambah RHK' }))
  await user.type(screen.getByRole('textbox', { name: /Rencana hasil kerja/ }), 'Tersusunnya laporan evaluasi')
  await user.type(screen.getByRole('textbox', { name: /Uraian indikator/ }), 'Laporan yang disampaikan')
  await user.type(screen.getByRole('textbox', { name: /^Target/ }), '12')
  await user.type(screen.getByRole('textbox', { name: /Satuan/ }), 'laporan')
}

const addTargetAnswer = {
  addTarget: {
    __typename: 'Target',
    id: 't9',
    plan: planData('DRAFT', [
      {
        __typename: 'Target',
        id: 't9',
        kind: 'MAIN',
        title: 'Tersusunnya laporan evaluasi',
        position: 0,
        parent: { __typename: 'Target', id: 'st2', title: 'Meningkatnya kualitas penilaian kinerja' },
        indicators: [{ __typename: 'Indicator', id: 'i9', description: 'Laporan yang disampaikan', aspect: 'QUANTITY', targetValue: 12, unit: 'laporan' }],
      },
    ]).viewer.currentPlan,
  },
}

beforeEach(async () => {
  await loadNamespace('plans')
})

describe('PlanEditor', () => {
  it('refuses an incomplete result in the browser, with the rules of the server', async () => {
    const calls: MockCall[] = []
    const user = userEvent.setup()
    renderPage({ MyPlan: () => ({ data: planData() }) }, calls)
    await user.click(await screen.findByRole('button', { name: 'Tambah RHK' }))
    await user.type(screen.getByRole('textbox', { name: /^Target/ }), '0')
    await user.click(screen.getByRole('button', { name: 'Tambah RHK' }))

    const title = screen.getByRole('textbox', { name: /Rencana hasil kerja/ })
    expect(title).toHaveAttribute('aria-invalid', 'true')
    expect(title).toHaveAccessibleDescription('Wajib diisi.')
    expect(screen.getByRole('textbox', { name: /^Target/ })).toHaveAccessibleDescription('Harus lebih dari 0.')
    expect(title).toHaveFocus()
    expect(calls.map((c) => c.name)).not.toContain('AddTarget')
  })

  it("picks the supervisor's result it supports from a searchable list", async () => {
    const calls: MockCall[] = []
    const user = userEvent.setup()
    renderPage({ MyPlan: () => ({ data: planData() }), AddTarget: () => ({ data: addTargetAnswer }) }, calls)
    await fillTarget(user)
    await user.type(screen.getByRole('combobox', { name: /RHK atasan yang diintervensi/ }), 'kualitas')
    const options = within(screen.getByRole('listbox')).getAllByRole('option')
    expect(options.map((o) => o.textContent)).toEqual(['Meningkatnya kualitas penilaian kinerjaUtama'])
    await user.click(options[0])
    await user.click(screen.getByRole('button', { name: 'Tambah RHK' }))

    await screen.findByText('RHK ditambahkan.')
    const add = calls.find((c) => c.name === 'AddTarget')
    expect(add?.variables).toMatchObject({
      planID: 'pl1',
      input: { kind: 'MAIN', title: 'Tersusunnya laporan evaluasi', parentID: 'st2', indicators: [{ aspect: 'QUANTITY', targetValue: 12, unit: 'laporan' }] },
    })
  })

  it("puts the server's error on the field it names, in the server's words, and focuses it", async () => {
    const user = userEvent.setup()
    renderPage({
      MyPlan: () => ({ data: planData() }),
      AddTarget: () => ({ errors: [gqlError('satuan tidak dikenal di unit ini', 'INVALID_INPUT', 'indicators.0.unit')] }),
    })
    await fillTarget(user)
    await user.click(screen.getByRole('button', { name: 'Tambah RHK' }))

    const unit = screen.getByRole('textbox', { name: /Satuan/ })
    await vi.waitFor(() => expect(unit).toHaveAttribute('aria-invalid', 'true'))
    expect(unit).toHaveAccessibleDescription(expect.stringContaining('satuan tidak dikenal di unit ini'))
    expect(unit).toHaveFocus()
    expect(screen.queryByText('RHK ditambahkan.')).not.toBeInTheDocument()
  })

  it("shows an error that names no field in the form's alert", async () => {
    const user = userEvent.setup()
    renderPage({
      MyPlan: () => ({ data: planData() }),
      AddTarget: () => ({ errors: [gqlError('SKP hanya dapat diubah saat draf atau dikembalikan', 'INVALID_STATE')] }),
    })
    await fillTarget(user)
    await user.click(screen.getByRole('button', { name: 'Tambah RHK' }))
    const message = 'SKP hanya dapat diubah saat draf atau dikembalikan'
    expect(await screen.findByText(message)).toBeInTheDocument()
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toContain(message)
  })

  it("shows a returned plan's note and offers to submit again after confirming", async () => {
    const calls: MockCall[] = []
    const user = userEvent.setup()
    const target = addTargetAnswer.addTarget.plan.targets[0]
    renderPage(
      {
        MyPlan: () => ({ data: planData('RETURNED', [target]) }),
        SubmitPlan: () => ({ data: { submitPlan: { ...planData('SUBMITTED', [target]).viewer.currentPlan } } }),
      },
      calls,
    )
    expect(await screen.findByText('Perjelas indikator kualitas.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Ajukan kembali' }))
    const dialog = screen.getByRole('alertdialog', { name: 'Ajukan SKP?' })
    expect(calls.map((c) => c.name)).not.toContain('SubmitPlan')
    await user.click(within(dialog).getByRole('button', { name: 'Ya, ajukan' }))
    expect(await screen.findByText('SKP diajukan ke atasan.')).toBeInTheDocument()
    expect(calls.find((c) => c.name === 'SubmitPlan')?.variables).toEqual({ id: 'pl1' })
  })
})

describe('The appraiser', () => {
  it('is named with Plh. when acting as such, in the facts and in what the plan says', async () => {
    await loadNamespace('acting')
    renderPage({ MyPlan: () => ({ data: planData('SUBMITTED', [], { appraiserActing: 'PLH' }) }) })
    expect((await screen.findByText('Plh. Muhammad Rizal Syam')).tagName).toBe('DD')
    expect(screen.getByText('SKP sudah diajukan dan menunggu persetujuan Plh. Muhammad Rizal Syam.')).toBeInTheDocument()
  })
})

describe('Escalation', () => {
  const target = addTargetAnswer.addTarget.plan.targets[0]

  it('is offered only after the appraiser returned the plan twice, and asks for a reason', async () => {
    const once = planData('RETURNED', [target], { returnCount: 1 })
    renderPage({ MyPlan: () => ({ data: once }) })
    expect(await screen.findByText('Perjelas indikator kualitas.')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Ajukan kepada atasan penilai' })).not.toBeInTheDocument()
  })

  it('sends the reason to escalatePlan after two returns', async () => {
    const calls: MockCall[] = []
    const user = userEvent.setup()
    const escalated = planData('ESCALATED', [target], {
      returnCount: 2,
      escalationReason: 'Indikator sudah sesuai pedoman unit.',
      escalatedAt: '2026-01-20T09:00:00Z',
    }).viewer.currentPlan
    renderPage(
      {
        MyPlan: () => ({ data: planData('RETURNED', [target], { returnCount: 2 }) }),
        EscalatePlan: () => ({ data: { escalatePlan: escalated } }),
      },
      calls,
    )
    const offer = await screen.findByRole('region', { name: 'Belum sepakat dengan pejabat penilai?' })
    expect(within(offer).getByText(/Muhammad Rizal Syam telah mengembalikan SKP ini 2 kali/)).toBeInTheDocument()
    await user.click(within(offer).getByRole('button', { name: 'Ajukan kepada atasan penilai' }))

    const dialog = screen.getByRole('dialog', { name: 'Ajukan kepada atasan penilai' })
    await user.click(within(dialog).getByRole('button', { name: 'Ajukan' }))
    const reason = within(dialog).getByRole('textbox', { name: /Alasan pengajuan/ })
    expect(reason).toHaveAttribute('aria-invalid', 'true')
    expect(reason).toHaveAccessibleDescription(expect.stringContaining('Tuliskan alasan pengajuan.'))
    expect(calls.map((c) => c.name)).not.toContain('EscalatePlan')

    await user.type(reason, '  Indikator sudah sesuai pedoman unit. ')
    await user.click(within(dialog).getByRole('button', { name: 'Ajukan' }))
    expect(await screen.findByText('SKP diajukan kepada atasan penilai')).toBeInTheDocument()
    expect(calls.find((c) => c.name === 'EscalatePlan')?.variables).toEqual({ id: 'pl1', reason: 'Indikator sudah sesuai pedoman unit.' })
  })

  it('shows an escalated plan as waiting for the superior, with the reason and the date, and offers no editing', async () => {
    const data = planData('ESCALATED', [target], {
      returnCount: 2,
      escalationReason: 'Indikator sudah sesuai pedoman unit.',
      escalatedAt: '2026-01-20T09:00:00Z',
    })
    renderPage({ MyPlan: () => ({ data }) })
    expect(await screen.findByText('SKP menunggu keputusan atasan penilai')).toBeInTheDocument()
    expect(screen.getByText('Indikator sudah sesuai pedoman unit.')).toBeInTheDocument()
    expect(screen.getByText(/pada 20 Jan 2026/)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Tambah RHK' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /^Ubah RHK/ })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Ajukan kembali' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Ajukan kepada atasan penilai' })).not.toBeInTheDocument()
  })
})

describe('Feedback', () => {
  const target = addTargetAnswer.addTarget.plan.targets[0]
  const remark = (id: string, text: string, onTarget: boolean) => ({
    __typename: 'Feedback',
    id,
    createdAt: '2026-03-02T02:30:00Z',
    text,
    author: { __typename: 'Employee', id: 'e1', name: 'Muhammad Rizal Syam' },
    target: onTarget ? { __typename: 'Target', id: 't9', title: 'Tersusunnya laporan evaluasi' } : null,
  })
  const agreed = (feedback: unknown[]) => planData('AGREED', [target], { feedback })
  const given = { giveFeedback: { __typename: 'Feedback', id: 'fb9', createdAt: '2026-03-03T02:30:00Z', text: 'x', plan: { __typename: 'Plan', id: 'pl1' } } }

  it('lists the remarks oldest first with their date, author and target', async () => {
    renderPage({ MyPlan: () => ({ data: agreed([remark('fb1', 'Laporan Q1 tepat waktu.', true), remark('fb2', 'Pertahankan ritme kerja.', false)]) }) })
    const section = await screen.findByRole('region', { name: 'Umpan balik' })
    const items = within(within(section).getByRole('list', { name: 'Umpan balik' })).getAllByRole('listitem')
    expect(items.map((i) => i.textContent)).toEqual([
      expect.stringMatching(/2 Mar 2026.*Muhammad Rizal Syam.*tentang Tersusunnya laporan evaluasi.*Laporan Q1 tepat waktu\./),
      expect.stringMatching(/Muhammad Rizal Syam.*tentang seluruh periode.*Pertahankan ritme kerja\./),
    ])
  })

  it('refuses a blank remark, then sends one on the period as a whole and shows it once refetched', async () => {
    const calls: MockCall[] = []
    const user = userEvent.setup()
    let feedback: unknown[] = []
    renderPage(
      {
        MyPlan: () => ({ data: agreed(feedback) }),
        GiveFeedback: () => {
          feedback = [remark('fb9', 'Mohon arahan untuk triwulan 2.', false)]
          return { data: given }
        },
      },
      calls,
    )
    const section = await screen.findByRole('region', { name: 'Umpan balik' })
    expect(within(section).getByText('Belum ada umpan balik.')).toBeInTheDocument()
    await user.click(within(section).getByRole('button', { name: 'Kirim umpan balik' }))
    const text = within(section).getByRole('textbox', { name: /Umpan balik Anda/ })
    expect(text).toHaveAttribute('aria-invalid', 'true')
    expect(text).toHaveAccessibleDescription(expect.stringContaining('Tuliskan umpan balik.'))
    expect(calls.map((c) => c.name)).not.toContain('GiveFeedback')

    await user.type(text, 'Mohon arahan untuk triwulan 2.')
    await user.click(within(section).getByRole('button', { name: 'Kirim umpan balik' }))
    expect(await screen.findByText('Umpan balik dikirim.')).toBeInTheDocument()
    expect(calls.find((c) => c.name === 'GiveFeedback')?.variables).toEqual({
      input: { planID: 'pl1', targetID: null, text: 'Mohon arahan untuk triwulan 2.' },
    })
    expect(await within(section).findByText('Mohon arahan untuk triwulan 2.')).toBeInTheDocument()
    expect(text).toHaveValue('')
  })

  it('sends a remark on one of the targets', async () => {
    const calls: MockCall[] = []
    const user = userEvent.setup()
    renderPage({ MyPlan: () => ({ data: agreed([]) }), GiveFeedback: () => ({ data: given }) }, calls)
    const section = await screen.findByRole('region', { name: 'Umpan balik' })
    await user.type(within(section).getByRole('textbox', { name: /Umpan balik Anda/ }), 'Laporan Q1 sudah diunggah.')
    await user.click(within(section).getByRole('button', { name: /Tentang/ }))
    await user.click(screen.getByRole('option', { name: 'Tersusunnya laporan evaluasi' }))
    await user.click(within(section).getByRole('button', { name: 'Kirim umpan balik' }))
    await screen.findByText('Umpan balik dikirim.')
    expect(calls.find((c) => c.name === 'GiveFeedback')?.variables).toEqual({
      input: { planID: 'pl1', targetID: 't9', text: 'Laporan Q1 sudah diunggah.' },
    })
  })

  it('puts the server refusing a remark on its field', async () => {
    const user = userEvent.setup()
    renderPage({
      MyPlan: () => ({ data: agreed([]) }),
      GiveFeedback: () => ({ errors: [gqlError('umpan balik paling banyak 4000 karakter', 'INVALID_INPUT', 'text')] }),
    })
    const section = await screen.findByRole('region', { name: 'Umpan balik' })
    const text = within(section).getByRole('textbox', { name: /Umpan balik Anda/ })
    await user.type(text, 'Catatan')
    await user.click(within(section).getByRole('button', { name: 'Kirim umpan balik' }))
    await vi.waitFor(() => expect(text).toHaveAccessibleDescription(expect.stringContaining('umpan balik paling banyak 4000 karakter')))
  })

  it('offers no form once the period is closed', async () => {
    const data = agreed([remark('fb1', 'Laporan Q1 tepat waktu.', true)])
    data.viewer.currentPlan.period.phase = 'CLOSED'
    renderPage({ MyPlan: () => ({ data }) })
    const section = await screen.findByRole('region', { name: 'Umpan balik' })
    expect(within(section).getByText('Laporan Q1 tepat waktu.')).toBeInTheDocument()
    expect(within(section).queryByRole('textbox')).not.toBeInTheDocument()
    expect(within(section).getByText(/Periode sudah ditutup/)).toBeInTheDocument()
  })
})
