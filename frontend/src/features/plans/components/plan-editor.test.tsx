import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { Provider } from 'urql'
import { describe, expect, it, vi } from 'vitest'
import { Toasts } from '@/components/ui/toast'
import { gqlError, type MockCall, type MockHandlers, mockClient } from '@/test/mock-client'
import { MyPlanPage } from './my-plan-page'

function planData(status = 'DRAFT', targets: unknown[] = []) {
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
