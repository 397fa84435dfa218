import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import i18n from '@/lib/i18n'
import { LoginForm } from './login-form'

function mockFetch(...responses: Response[]) {
  const fetchMock = vi.fn<typeof fetch>()
  for (const response of responses) fetchMock.mockResolvedValueOnce(response)
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

function json(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } })
}

describe('LoginForm', () => {
  it('has labelled NIP and password fields and a submit button', () => {
    render(<LoginForm onSuccess={() => {}} />)
    expect(screen.getByLabelText('NIP')).toHaveAttribute('autocomplete', 'username')
    expect(screen.getByLabelText('Kata sandi')).toHaveAttribute('type', 'password')
    expect(screen.getByRole('button', { name: 'Masuk' })).toBeEnabled()
  })

  it('posts the credentials as JSON to /auth/login and reports success', async () => {
    const fetchMock = mockFetch(json(200, { ok: true }))
    const onSuccess = vi.fn()
    const user = userEvent.setup()
    render(<LoginForm onSuccess={onSuccess} />)

    await user.type(screen.getByLabelText('NIP'), '19850315 201001 2 001')
    await user.type(screen.getByLabelText('Kata sandi'), 'kinerja2026')
    await user.click(screen.getByRole('button', { name: 'Masuk' }))

    await vi.waitFor(() => expect(onSuccess).toHaveBeenCalledOnce())
    expect(fetchMock).toHaveBeenCalledOnce()
    const [url, init] = fetchMock.mock.calls[0] ?? []
    expect(url).toBe('/auth/login')
    expect(init?.method).toBe('POST')
    expect(init?.credentials).toBe('same-origin')
    expect(new Headers(init?.headers).get('Content-Type')).toBe('application/json')
    expect(new Headers(init?.headers).get('Accept-Language')).toBe('id')
    expect(typeof init?.body).toBe('string')
    expect(JSON.parse(init?.body as string)).toEqual({ nip: '198503152010012001', password: 'kinerja2026' })
  })

  it('shows an error on 401, clears the password and keeps the NIP', async () => {
    mockFetch(json(401, { errors: [{ message: 'NIP atau kata sandi salah', extensions: { code: 'UNAUTHENTICATED' } }] }))
    const onSuccess = vi.fn()
    const user = userEvent.setup()
    render(<LoginForm onSuccess={onSuccess} />)

    await user.type(screen.getByLabelText('NIP'), '198503152010012001')
    await user.type(screen.getByLabelText('Kata sandi'), 'salah')
    await user.click(screen.getByRole('button', { name: 'Masuk' }))

    expect(await screen.findByText('NIP atau kata sandi salah.')).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent('NIP atau kata sandi salah.')
    expect(screen.getByLabelText('Kata sandi')).toHaveValue('')
    expect(screen.getByLabelText('Kata sandi')).toHaveFocus()
    expect(screen.getByLabelText('NIP')).toHaveValue('198503152010012001')
    expect(onSuccess).not.toHaveBeenCalled()
  })

  it('tells the user to wait on 429', async () => {
    mockFetch(json(429, { errors: [{ message: 'terlalu banyak percobaan masuk', extensions: { code: 'RATE_LIMITED' } }] }, { 'Retry-After': '30' }))
    const user = userEvent.setup()
    render(<LoginForm onSuccess={() => {}} />)

    await user.type(screen.getByLabelText('NIP'), '198503152010012001')
    await user.type(screen.getByLabelText('Kata sandi'), 'x')
    await user.click(screen.getByRole('button', { name: 'Masuk' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('Coba lagi dalam 30 detik')
  })

  it("shows the server's message when it cannot sign in for another reason (the demo is being prepared)", async () => {
    mockFetch(
      json(503, { errors: [{ message: 'data demo sedang disiapkan; coba lagi sebentar lagi', extensions: { code: 'UNAVAILABLE' } }] }, { 'Retry-After': '2' }),
    )
    const user = userEvent.setup()
    render(<LoginForm onSuccess={() => {}} />)

    await user.type(screen.getByLabelText('NIP'), '198503152010012001')
    await user.type(screen.getByLabelText('Kata sandi'), 'kinerja2026')
    await user.click(screen.getByRole('button', { name: 'Masuk' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('data demo sedang disiapkan; coba lagi sebentar lagi')
    expect(screen.getByLabelText('Kata sandi')).toHaveValue('kinerja2026')
  })

  it('falls back to the generic message when the answer is not in the error shape', async () => {
    mockFetch(new Response('Bad Gateway', { status: 502 }))
    const user = userEvent.setup()
    render(<LoginForm onSuccess={() => {}} />)

    await user.type(screen.getByLabelText('NIP'), '198503152010012001')
    await user.type(screen.getByLabelText('Kata sandi'), 'kinerja2026')
    await user.click(screen.getByRole('button', { name: 'Masuk' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('Tidak dapat masuk saat ini. Coba lagi nanti.')
  })

  it('disables the form while the request is under way', async () => {
    let answer: (response: Response) => void = () => {}
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof fetch>(() => new Promise<Response>((resolve) => (answer = resolve))),
    )
    const user = userEvent.setup()
    render(<LoginForm onSuccess={() => {}} />)

    await user.type(screen.getByLabelText('NIP'), '198503152010012001')
    await user.type(screen.getByLabelText('Kata sandi'), 'kinerja2026')
    await user.click(screen.getByRole('button', { name: 'Masuk' }))

    expect(screen.getByRole('button', { name: 'Sedang masuk…' })).toBeDisabled()
    expect(screen.getByLabelText('NIP')).toBeDisabled()
    answer(json(200, { ok: true }))
    expect(await screen.findByRole('button', { name: 'Masuk' })).toBeEnabled()
  })

  it('asks for both fields without calling the server', async () => {
    const fetchMock = mockFetch()
    const user = userEvent.setup()
    render(<LoginForm onSuccess={() => {}} />)

    await user.click(screen.getByRole('button', { name: 'Masuk' }))

    expect(screen.getByRole('alert')).toHaveTextContent('Isi NIP dan kata sandi.')
    expect(screen.getByLabelText('NIP')).toHaveFocus()
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('speaks English when the language is English', async () => {
    await i18n.changeLanguage('en')
    render(<LoginForm onSuccess={() => {}} />)
    expect(screen.getByLabelText('Password')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeInTheDocument()
  })
})
