import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Provider } from 'urql'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { loadNamespace } from '@/lib/i18n'
import { gqlError, type MockCall, mockClient } from '@/test/mock-client'
import { PeriodForm, type PeriodFields } from './period-form'

beforeAll(async () => {
  await loadNamespace('admin')
})

const period: PeriodFields = {
  id: 'p26',
  name: 'Penilaian Kinerja 2026',
  year: 2026,
  scoringMethod: 'PERMENPAN_2022',
  startsOn: '2026-01-01T00:00:00Z',
  endsOn: '2026-12-31T23:59:59Z',
  // The end of 31 January in Makassar (WITA, UTC+8), as the server answers it.
  planDeadline: '2026-01-31T15:59:59.999999999Z',
  appraisalDeadline: null,
  objectionWindowDays: 14,
  numericThreshold: 76,
}

describe('PeriodForm', () => {
  it("sends the changed settings, a deadline at the end of its day in the agency's zone, clearing a deadline left empty", async () => {
    const calls: MockCall[] = []
    const onDone = vi.fn()
    const { client } = mockClient({ UpdatePeriod: () => ({ data: { updatePeriod: { __typename: 'Period', ...period } } }) }, calls)
    const user = userEvent.setup()
    render(
      <Provider value={client}>
        <PeriodForm period={period} onCancel={() => {}} onDone={onDone} />
      </Provider>,
    )
    const name = screen.getByRole('textbox', { name: /Nama periode/ })
    await user.clear(name)
    await user.type(name, 'SKP 2026')
    await user.click(screen.getByRole('button', { name: 'Simpan periode' }))
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledWith('p26'))
    expect(calls.find((c) => c.name === 'UpdatePeriod')?.variables).toEqual({
      id: 'p26',
      input: {
        name: 'SKP 2026',
        year: 2026,
        scoringMethod: 'PERMENPAN_2022',
        startsOn: '2026-01-01T00:00:00Z',
        endsOn: '2026-12-31T23:59:59Z',
        objectionWindowDays: 14,
        numericThreshold: 76,
        planDeadline: '2026-01-31T23:59:59+08:00',
        clearAppraisalDeadline: true,
      },
    })
  })

  it("shows the server's refusal on the field it names", async () => {
    const { client } = mockClient({
      UpdatePeriod: () => ({ errors: [gqlError('tanggal berakhir sebelum tanggal mulai', 'INVALID_INPUT', 'endsOn')] }),
    })
    const onDone = vi.fn()
    const user = userEvent.setup()
    render(
      <Provider value={client}>
        <PeriodForm period={period} onCancel={() => {}} onDone={onDone} />
      </Provider>,
    )
    await user.click(screen.getByRole('button', { name: 'Simpan periode' }))
    expect(await screen.findByText('tanggal berakhir sebelum tanggal mulai')).toBeInTheDocument()
    expect(screen.getByRole('group', { name: /Berakhir/ })).toHaveAccessibleDescription(expect.stringContaining('tanggal berakhir sebelum tanggal mulai'))
    expect(onDone).not.toHaveBeenCalled()
  })
})
