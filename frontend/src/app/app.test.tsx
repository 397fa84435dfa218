import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { type Client, CombinedError, Provider } from 'urql'
import { describe, expect, it, vi } from 'vitest'
import { concat, fromValue, never } from 'wonka'
import { SessionProvider } from '@/features/auth/components/session-provider'
import { createSignal } from '@/lib/graphql-client'
import { routes } from './router'

const viewer = {
  __typename: 'Viewer',
  account: { __typename: 'Account', id: 'a1', nip: '198503152010012001', name: 'Siti Rahmawati' },
  employee: {
    __typename: 'Employee',
    id: 'e1',
    name: 'Siti Rahmawati',
    nip: '198503152010012001',
    position: 'Kepala Bidang Kepegawaian',
    positionKind: 'ADMINISTRATOR',
    rank: 'IV/a',
    unit: { __typename: 'OrgUnit', id: 'u1', name: 'Badan Kepegawaian Daerah' },
  },
  roles: ['HR_ADMIN'],
}

const unauthenticated = new CombinedError({
  graphQLErrors: [{ message: 'not signed in', extensions: { code: 'UNAUTHENTICATED' } }],
  response: { status: 401 },
})

function mockClient(signedIn: boolean) {
  const result = signedIn ? { data: { viewer } } : { error: unauthenticated }
  return {
    query: vi.fn(() => ({ toPromise: () => Promise.resolve(result) })),
    executeQuery: vi.fn(() => concat([fromValue(result), never])),
  } as unknown as Client
}

function renderApp(client: Client, path = '/') {
  const router = createMemoryRouter(routes, { initialEntries: [path] })
  render(
    <Provider value={client}>
      <SessionProvider unauthenticated={createSignal()} resetClient={() => {}}>
        <RouterProvider router={router} />
      </SessionProvider>
    </Provider>,
  )
  return router
}

describe('App', () => {
  it('sends a visitor without a session to the login page', async () => {
    const router = renderApp(mockClient(false), '/employees')
    expect(await screen.findByRole('heading', { name: 'Masuk ke Kinerja' })).toBeInTheDocument()
    expect(screen.getByLabelText('NIP')).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/login')
  })

  it('frames signed-in pages with navigation, the user, a language switcher and sign-out', async () => {
    renderApp(mockClient(true))
    expect(await screen.findByRole('heading', { name: 'Selamat datang, Siti Rahmawati' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Langsung ke konten utama' })).toHaveAttribute('href', '#main')
    const nav = screen.getByRole('navigation', { name: 'Navigasi utama' })
    expect(within(nav).getByRole('link', { name: 'Beranda' })).toHaveAttribute('aria-current', 'page')
    expect(within(nav).getByRole('link', { name: 'Pegawai' })).toHaveAttribute('href', '/employees')
    expect(screen.getByText('Masuk sebagai Siti Rahmawati')).toBeInTheDocument()
    expect(screen.getByText('Admin kepegawaian')).toBeInTheDocument()
    expect(screen.getByText('19850315 201001 2 001')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Keluar' })).toBeInTheDocument()
  })

  it('switches the language of the page and of <html lang>', async () => {
    const user = userEvent.setup()
    renderApp(mockClient(true))
    await screen.findByRole('heading', { name: 'Selamat datang, Siti Rahmawati' })

    await user.selectOptions(screen.getByRole('combobox', { name: 'Bahasa' }), 'en')

    expect(await screen.findByRole('heading', { name: 'Welcome, Siti Rahmawati' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Employees' })).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('en')
  })

  it('signs out through /auth/logout and shows the login page', async () => {
    const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(new Response('{}', { status: 200 }))
    vi.stubGlobal('fetch', fetchMock)
    const user = userEvent.setup()
    renderApp(mockClient(true))

    await user.click(await screen.findByRole('button', { name: 'Keluar' }))

    expect(await screen.findByRole('heading', { name: 'Masuk ke Kinerja' })).toBeInTheDocument()
    expect(fetchMock).toHaveBeenCalledWith('/auth/logout', expect.objectContaining({ method: 'POST' }))
  })
})
