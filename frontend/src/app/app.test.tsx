import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { Provider } from 'urql'
import { describe, expect, it, vi } from 'vitest'
import { SessionProvider } from '@/features/auth/components/session-provider'
import { homeData, sessionViewer } from '@/test/fixtures'
import { gqlError, type MockCall, type MockHandlers, mockClient } from '@/test/mock-client'
import { routes } from './router'

const unauthenticated = { errors: [gqlError('belum masuk', 'UNAUTHENTICATED')] }

function renderApp(handlers: MockHandlers, path = '/') {
  const { client, unauthenticated: signal } = mockClient(handlers)
  const router = createMemoryRouter(routes, { initialEntries: [path] })
  render(
    <Provider value={client}>
      <SessionProvider unauthenticated={signal} resetClient={() => {}}>
        <RouterProvider router={router} />
      </SessionProvider>
    </Provider>,
  )
  return { router }
}

const hrAdmin: MockHandlers = {
  SessionViewer: () => ({ data: sessionViewer({ roles: ['HR_ADMIN'] }) }),
  Home: () => ({ data: homeData() }),
}

describe('App', () => {
  it('sends a visitor without a session to the login page', async () => {
    const { router } = renderApp({ SessionViewer: () => unauthenticated }, '/employees')
    expect(await screen.findByRole('heading', { name: 'Masuk ke Kinerja' })).toBeInTheDocument()
    expect(screen.getByLabelText('NIP')).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/login')
    expect(router.state.location.state).toMatchObject({ from: '/employees' })
  })

  it('frames signed-in pages with navigation, the user, a language switcher and sign-out', async () => {
    renderApp(hrAdmin)
    expect(await screen.findByRole('heading', { name: 'Selamat datang, Siti Rahmawati' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Langsung ke konten utama' })).toHaveAttribute('href', '#main')
    const nav = screen.getByRole('navigation', { name: 'Navigasi utama' })
    expect(within(nav).getByRole('link', { name: 'Beranda' })).toHaveAttribute('aria-current', 'page')
    expect(within(nav).getByRole('link', { name: 'Administrasi' })).toHaveAttribute('href', '/admin')
    expect(within(nav).getByRole('link', { name: 'Dasbor' })).toHaveAttribute('href', '/dasbor')
    expect(screen.getByText('Masuk sebagai Siti Rahmawati')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Keluar' })).toBeInTheDocument()
  })

  it('closes the menu when a page is chosen from it', async () => {
    const user = userEvent.setup()
    const { router } = renderApp(hrAdmin)
    await screen.findByRole('heading', { name: 'Selamat datang, Siti Rahmawati' })
    const toggle = screen.getByRole('button', { name: 'Menu' })
    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    await user.click(within(screen.getByRole('navigation', { name: 'Navigasi utama' })).getByRole('link', { name: 'Akun' }))
    await vi.waitFor(() => expect(router.state.location.pathname).toBe('/akun'))
    await vi.waitFor(() => expect(toggle).toHaveAttribute('aria-expanded', 'false'))
  })

  it('shows in the navigation only what the role can use', async () => {
    renderApp({ SessionViewer: () => ({ data: sessionViewer() }), Home: () => ({ data: homeData() }) })
    await screen.findByRole('heading', { name: 'Selamat datang, Siti Rahmawati' })
    const nav = screen.getByRole('navigation', { name: 'Navigasi utama' })
    const names = within(nav)
      .getAllByRole('link')
      .map((l) => l.textContent)
    expect(names).toEqual(['Beranda', 'SKP saya', 'Realisasi', 'Penilaian saya', 'Dasbor', 'Akun'])
  })

  it('lets a supervisor and a superior see their team and the objections', async () => {
    renderApp({
      SessionViewer: () => ({ data: sessionViewer({ appraise: true, decideObjections: true }) }),
      Home: () => ({ data: homeData() }),
    })
    await screen.findByRole('heading', { name: 'Selamat datang, Siti Rahmawati' })
    const nav = screen.getByRole('navigation', { name: 'Navigasi utama' })
    expect(within(nav).getByRole('link', { name: 'Tim saya' })).toHaveAttribute('href', '/tim')
    expect(within(nav).getByRole('link', { name: 'Keberatan' })).toHaveAttribute('href', '/keberatan')
  })

  it('says a deep link to a page the role cannot use is not allowed', async () => {
    renderApp({ SessionViewer: () => ({ data: sessionViewer() }) }, '/tim')
    expect(await screen.findByText('Anda tidak diizinkan membuka halaman ini.')).toBeInTheDocument()
  })

  it("opens a plan's page for whoever the API gives the plan to, subordinates or none", async () => {
    renderApp(
      {
        SessionViewer: () => ({ data: sessionViewer({ roles: ['HR_ADMIN'] }) }),
        TeamPlan: () => ({ data: { viewer: { __typename: 'Viewer', employee: { __typename: 'Employee', id: 'e1' } }, inbox: [], node: null } }),
      },
      '/tim/skp/pl1',
    )
    expect(await screen.findByRole('heading', { level: 1, name: 'SKP bawahan' })).toBeInTheDocument()
    expect(await screen.findByText(/tidak ditemukan/i)).toBeInTheDocument()
    expect(screen.queryByText('Anda tidak diizinkan membuka halaman ini.')).not.toBeInTheDocument()
  })

  it('tells a staff member an administration page by URL is not allowed, with no section navigation', async () => {
    renderApp({ SessionViewer: () => ({ data: sessionViewer() }) }, '/admin/pegawai')
    expect(await screen.findByText('Anda tidak diizinkan membuka halaman ini.')).toBeInTheDocument()
    expect(screen.queryByRole('navigation', { name: 'Bagian administrasi' })).not.toBeInTheDocument()
  })

  it('groups the inbox by kind with days left, each item linking to where it is done', async () => {
    const soon = new Date(Date.now() + 3 * 86_400_000).toISOString()
    renderApp({
      SessionViewer: () => ({ data: sessionViewer({ appraise: true }) }),
      Home: () => ({
        data: homeData([
          {
            __typename: 'InboxItem',
            kind: 'PLAN_TO_AGREE',
            deadline: soon,
            overdue: false,
            daysLeft: 3,
            employee: { __typename: 'Employee', id: 'e2', name: 'Andi' },
            plan: { __typename: 'Plan', id: 'pl2' },
            appraisal: null,
            objection: null,
          },
          {
            __typename: 'InboxItem',
            kind: 'APPRAISAL_TO_ANSWER',
            deadline: '2020-01-01T00:00:00Z',
            overdue: true,
            daysLeft: -5,
            employee: { __typename: 'Employee', id: 'e1', name: 'Siti Rahmawati' },
            plan: { __typename: 'Plan', id: 'pl1' },
            appraisal: { __typename: 'Appraisal', id: 'ap1', kind: 'QUARTERLY', quarter: 3 },
            objection: null,
          },
          {
            __typename: 'InboxItem',
            kind: 'OBJECTION_TO_EXPLAIN',
            deadline: soon,
            overdue: false,
            daysLeft: 3,
            employee: { __typename: 'Employee', id: 'e2', name: 'Andi' },
            plan: { __typename: 'Plan', id: 'pl2' },
            appraisal: { __typename: 'Appraisal', id: 'ap2', kind: 'ANNUAL', quarter: null },
            objection: { __typename: 'Objection', id: 'o2' },
          },
        ]),
      }),
    })
    const group = await screen.findByRole('region', { name: /SKP menunggu persetujuan Anda/ })
    expect(within(group).getByRole('link', { name: 'Tinjau SKP Andi' })).toHaveAttribute('href', '/tim/skp/pl2')
    expect(within(group).getByText(/3 hari lagi/)).toBeInTheDocument()
    const answer = screen.getByRole('region', { name: /Penilaian yang perlu Anda tanggapi/ })
    expect(within(answer).getByRole('link', { name: /Terima atau ajukan keberatan/ })).toHaveAttribute('href', '/penilaian/ap1')
    expect(within(answer).getByText(/terlambat 5 hari/)).toBeInTheDocument()
    const explain = screen.getByRole('region', { name: /Keberatan yang perlu Anda jelaskan/ })
    expect(within(explain).getByRole('link', { name: /Jelaskan keberatan Andi/ })).toHaveAttribute('href', '/keberatan/o2')
    expect(within(explain).getByText(/3 hari lagi/)).toBeInTheDocument()
  })

  it("shows dates in the agency's zone, asked once with the viewer", async () => {
    const calls: MockCall[] = []
    const home = homeData()
    // 23.30 on 31 January in Makassar and in UTC, already 1 February in Jayapura.
    home.viewer.currentPeriod.planDeadline = '2026-01-31T15:30:00Z'
    const { client, unauthenticated: signal } = mockClient(
      {
        SessionViewer: () => ({ data: { ...sessionViewer(), agency: { __typename: 'Agency', timeZone: 'Asia/Jayapura', zoneAbbreviation: 'WIT' } } }),
        Home: () => ({ data: home }),
      },
      calls,
    )
    render(
      <Provider value={client}>
        <SessionProvider unauthenticated={signal} resetClient={() => {}}>
          <RouterProvider router={createMemoryRouter(routes, { initialEntries: ['/'] })} />
        </SessionProvider>
      </Provider>,
    )
    const period = await screen.findByRole('region', { name: 'Penilaian Kinerja 2026' })
    expect(within(period).getByText('1 Februari 2026')).toBeInTheDocument()
    expect(calls.filter((c) => c.name === 'SessionViewer')).toHaveLength(1)
  })

  it('switches the language of the page and of <html lang>', async () => {
    const user = userEvent.setup()
    renderApp(hrAdmin)
    await screen.findByRole('heading', { name: 'Selamat datang, Siti Rahmawati' })

    await user.selectOptions(screen.getByRole('combobox', { name: 'Bahasa' }), 'en')

    expect(await screen.findByRole('heading', { name: 'Welcome, Siti Rahmawati' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Administration' })).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('en')
  })

  it('signs out through /auth/logout, in the chosen language, and shows the login page', async () => {
    const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(new Response('{}', { status: 200 }))
    vi.stubGlobal('fetch', fetchMock)
    const user = userEvent.setup()
    renderApp(hrAdmin)
    await screen.findByRole('heading', { name: 'Selamat datang, Siti Rahmawati' })
    await user.selectOptions(screen.getByRole('combobox', { name: 'Bahasa' }), 'en')

    await user.click(await screen.findByRole('button', { name: 'Sign out' }))

    expect(await screen.findByRole('heading', { name: 'Sign in to Kinerja' })).toBeInTheDocument()
    const [url, init] = fetchMock.mock.calls[0] ?? []
    expect(url).toBe('/auth/logout')
    expect(init?.method).toBe('POST')
    expect(new Headers(init?.headers).get('Accept-Language')).toBe('en')
  })

  it('sends a user whose session expired to the login page with a message, and back afterwards', async () => {
    let signedIn = true
    const { router } = renderApp(
      {
        SessionViewer: () => (signedIn ? { data: sessionViewer() } : unauthenticated),
        Home: () => ({ data: homeData() }),
        MyAppraisals: () =>
          signedIn ? { data: { viewer: { __typename: 'Viewer', employee: { __typename: 'Employee', id: 'e1', plans: [] } } } } : unauthenticated,
      },
      '/',
    )
    await screen.findByRole('heading', { name: 'Selamat datang, Siti Rahmawati' })
    signedIn = false
    await router.navigate('/penilaian')
    expect(await screen.findByText(/Sesi Anda berakhir/)).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/login')
    expect(router.state.location.state).toMatchObject({ from: '/penilaian', reason: 'expired' })

    vi.stubGlobal('fetch', vi.fn<typeof fetch>().mockResolvedValue(new Response('{}', { status: 200 })))
    signedIn = true
    const user = userEvent.setup()
    await user.type(screen.getByLabelText('NIP'), '198503152010012001')
    await user.type(screen.getByLabelText('Kata sandi'), 'kinerja2026')
    await user.click(screen.getByRole('button', { name: 'Masuk' }))
    await vi.waitFor(() => expect(router.state.location.pathname).toBe('/penilaian'))
    expect(await screen.findByRole('heading', { level: 1, name: 'Penilaian saya' })).toBeInTheDocument()
    expect(await screen.findByText('Belum ada penilaian yang dirilis kepada Anda.')).toBeInTheDocument()
  })
})
