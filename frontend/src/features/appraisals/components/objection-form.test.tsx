import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Provider } from 'urql'
import { describe, expect, it, vi } from 'vitest'
import { gqlError, type MockCall, mockClient } from '@/test/mock-client'
import { ObjectionForm } from './objection-form'

describe('ObjectionForm', () => {
  it('needs the reasons before it asks the server', async () => {
    const calls: MockCall[] = []
    const { client } = mockClient({}, calls)
    const user = userEvent.setup()
    render(
      <Provider value={client}>
        <ObjectionForm appraisalID="ap1" onDone={() => {}} />
      </Provider>,
    )
    await user.click(screen.getByRole('button', { name: 'Kirim keberatan' }))
    expect(screen.getByRole('textbox', { name: /Alasan keberatan/ })).toHaveAccessibleDescription(expect.stringContaining('Sebutkan alasan keberatan.'))
    expect(calls).toEqual([])
  })

  it("shows the server's refusal (the window has closed) in the form", async () => {
    const onDone = vi.fn()
    const { client } = mockClient({ FileObjection: () => ({ errors: [gqlError('masa keberatan sudah berakhir', 'INVALID_STATE')] }) })
    const user = userEvent.setup()
    render(
      <Provider value={client}>
        <ObjectionForm appraisalID="ap1" onDone={onDone} />
      </Provider>,
    )
    await user.type(screen.getByRole('textbox', { name: /Alasan keberatan/ }), 'Nilai tidak sesuai realisasi')
    await user.click(screen.getByRole('button', { name: 'Kirim keberatan' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('masa keberatan sudah berakhir')
    expect(onDone).not.toHaveBeenCalled()
  })
})
