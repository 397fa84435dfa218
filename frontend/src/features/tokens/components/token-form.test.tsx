import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Provider } from 'urql'
import { describe, expect, it, vi } from 'vitest'
import { loadNamespace } from '@/lib/i18n'
import { type MockCall, mockClient } from '@/test/mock-client'
import { TokenForm } from './token-form'

const secret = 'knj_abcdef0123456789'

async function show(readOnly = false) {
  await loadNamespace('tools')
  const calls: MockCall[] = []
  const { client } = mockClient(
    {
      CreateAPIToken: () => ({
        data: {
          createAPIToken: {
            __typename: 'CreateAPITokenPayload',
            token: secret,
            apiToken: {
              __typename: 'APIToken',
              id: 't1',
              name: 'Dasbor BI',
              prefix: 'knj_abcdef',
              scopes: ['READ'],
              createdAt: '2026-05-01T08:00:00Z',
              expiresAt: null,
              lastUsedAt: null,
              revokedAt: null,
            },
          },
        },
      }),
    },
    calls,
  )
  const onDone = vi.fn()
  const view = render(
    <Provider value={client}>
      <TokenForm readOnly={readOnly} onCancel={vi.fn()} onDone={onDone} />
    </Provider>,
  )
  return { calls, onDone, view, client }
}

describe('TokenForm', () => {
  it('needs a name', async () => {
    const { calls } = await show()
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Buat token' }))
    expect(await screen.findByText('Beri nama token.')).toBeInTheDocument()
    expect(calls).toEqual([])
  })

  it('shows the secret once with a copy button and the warning that it will not be shown again', async () => {
    const { calls, onDone, view, client } = await show()
    const user = userEvent.setup()
    await user.type(screen.getByRole('textbox', { name: /Nama/ }), 'Dasbor BI')
    await user.click(screen.getByRole('button', { name: 'Buat token' }))
    const field = await screen.findByRole('textbox', { name: 'Token' })
    expect(field).toHaveValue(secret)
    expect(screen.getByRole('alert')).toHaveTextContent('Token ini tidak akan ditampilkan lagi.')
    expect(calls).toEqual([{ name: 'CreateAPIToken', variables: { name: 'Dasbor BI', scopes: ['READ'], expiresAt: null } }])

    await user.click(screen.getByRole('button', { name: 'Salin' }))
    expect(await navigator.clipboard.readText()).toBe(secret)
    expect(screen.getByRole('status')).toHaveTextContent('Token disalin.')

    await user.click(screen.getByRole('button', { name: 'Selesai' }))
    expect(onDone).toHaveBeenCalled()
    // Opened again, the form starts empty: the secret is gone.
    view.unmount()
    render(
      <Provider value={client}>
        <TokenForm readOnly={false} onCancel={vi.fn()} onDone={vi.fn()} />
      </Provider>,
    )
    expect(screen.queryByDisplayValue(secret)).not.toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: /Nama/ })).toHaveValue('')
  })

  it('offers a read-only account only READ', async () => {
    await show(true)
    expect(screen.getByText('Akun Anda hanya boleh membaca, jadi tokennya hanya READ.')).toBeInTheDocument()
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: /Cakupan/ }))
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['READ (baca)'])
  })
})
