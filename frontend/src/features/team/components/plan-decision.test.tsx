import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Provider } from 'urql'
import { describe, expect, it, vi } from 'vitest'
import { type MockCall, mockClient } from '@/test/mock-client'
import { ReturnPlanForm } from './plan-decision'

describe('ReturnPlanForm', () => {
  it('needs a note to return a plan, as the server does', async () => {
    const calls: MockCall[] = []
    const onDone = vi.fn()
    const { client } = mockClient(
      { ReturnPlan: () => ({ data: { returnPlan: { __typename: 'Plan', id: 'pl1', status: 'RETURNED', note: 'Perjelas' } } }) },
      calls,
    )
    const user = userEvent.setup()
    render(
      <Provider value={client}>
        <ReturnPlanForm planID="pl1" name="Nurul" onDone={onDone} />
      </Provider>,
    )
    await user.click(screen.getByRole('button', { name: 'Kembalikan' }))
    const note = screen.getByRole('textbox', { name: /Apa yang perlu diperbaiki/ })
    expect(note).toHaveAccessibleDescription('Tulis catatan perbaikan untuk pegawai.')
    expect(note).toHaveFocus()
    expect(calls).toEqual([])

    await user.type(note, 'Perjelas')
    await user.click(screen.getByRole('button', { name: 'Kembalikan' }))
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledWith(true))
    expect(calls).toEqual([{ name: 'ReturnPlan', variables: { id: 'pl1', note: 'Perjelas' } }])
  })
})
