import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { Provider } from 'urql'
import { describe, expect, it, vi } from 'vitest'
import { type MockCall, mockClient } from '@/test/mock-client'
import { NotificationBell } from './notification-bell'
import { notificationHref } from './notification-href'

const notification = (id: string, readAt: string | null, message: string, subject: object) => ({
  __typename: 'Notification',
  id,
  kind: 'PLAN_RETURNED',
  createdAt: '2026-12-01T09:00:00Z',
  readAt,
  message,
  plan: null,
  appraisal: null,
  objection: null,
  ...subject,
})

/** renderBell shows the bell of e1 on any page, over client. */
function renderBell(client: ReturnType<typeof mockClient>['client']) {
  const router = createMemoryRouter([{ path: '*', element: <NotificationBell me="e1" /> }])
  const user = userEvent.setup()
  render(
    <Provider value={client}>
      <RouterProvider router={router} />
    </Provider>,
  )
  return { router, user }
}

describe('NotificationBell', () => {
  it('shows the unread count, lists the newest when opened and marks the unread ones read', async () => {
    const calls: MockCall[] = []
    let unread = 2
    const { client } = mockClient(
      {
        UnreadNotifications: () => ({ data: { viewer: { __typename: 'Viewer', unreadNotifications: unread } } }),
        Notifications: () => ({
          data: {
            notifications: {
              __typename: 'NotificationConnection',
              totalCount: 3,
              edges: [
                {
                  node: notification('n1', null, 'SKP Anda dikembalikan', {
                    plan: { __typename: 'Plan', id: 'pl1', employee: { __typename: 'Employee', id: 'e1' } },
                  }),
                },
                {
                  node: notification('n2', null, 'Penilaian dirilis', {
                    appraisal: { __typename: 'Appraisal', id: 'ap1', appraiser: { __typename: 'Employee', id: 'e9' } },
                    plan: { __typename: 'Plan', id: 'pl1', employee: { __typename: 'Employee', id: 'e1' } },
                  }),
                },
                { node: notification('n3', '2026-11-30T09:00:00Z', 'SKP disetujui', {}) },
              ],
            },
          },
        }),
        MarkNotificationsRead: () => {
          unread = 0
          return { data: { markNotificationsRead: 2 } }
        },
      },
      calls,
    )
    const { user } = renderBell(client)
    const bell = await screen.findByRole('button', { name: 'Pemberitahuan, 2 belum dibaca' })
    expect(bell).toHaveAttribute('aria-expanded', 'false')

    await user.click(bell)
    const panel = await screen.findByRole('dialog', { name: 'Pemberitahuan' })
    await vi.waitFor(() => expect(within(panel).getByRole('heading', { name: 'Pemberitahuan' })).toHaveFocus())
    expect(await within(panel).findByRole('link', { name: 'Baru: SKP Anda dikembalikan' })).toHaveAttribute('href', '/skp/pl1')
    expect(within(panel).getByRole('link', { name: 'Baru: Penilaian dirilis' })).toHaveAttribute('href', '/penilaian/ap1')
    expect(within(panel).getByRole('link', { name: 'SKP disetujui' })).toBeInTheDocument()

    await vi.waitFor(() => expect(calls.find((c) => c.name === 'MarkNotificationsRead')?.variables).toEqual({ ids: ['n1', 'n2'] }))
    expect(await screen.findByRole('button', { name: 'Pemberitahuan' })).toBeInTheDocument()

    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Pemberitahuan' })).toHaveFocus()
  })

  it('closes when another page is shown, and counts again there', async () => {
    const calls: MockCall[] = []
    const { client } = mockClient(
      {
        UnreadNotifications: () => ({ data: { viewer: { __typename: 'Viewer', unreadNotifications: 0 } } }),
        Notifications: () => ({
          data: {
            notifications: {
              __typename: 'NotificationConnection',
              totalCount: 1,
              edges: [
                {
                  node: notification('n3', '2026-11-30T09:00:00Z', 'SKP disetujui', {
                    plan: { __typename: 'Plan', id: 'pl1', employee: { __typename: 'Employee', id: 'e1' } },
                  }),
                },
              ],
            },
          },
        }),
      },
      calls,
    )
    const { router, user } = renderBell(client)
    const bell = await screen.findByRole('button', { name: 'Pemberitahuan' })
    await user.click(bell)
    const panel = await screen.findByRole('dialog', { name: 'Pemberitahuan' })
    expect(bell).toHaveAttribute('aria-expanded', 'true')
    const counted = calls.filter((c) => c.name === 'UnreadNotifications').length

    expect(await within(panel).findByRole('link', { name: 'SKP disetujui' })).toBeInTheDocument()

    // Back or forward in history, say: nothing in the panel was used.
    await router.navigate('/penilaian')
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(bell).toHaveAttribute('aria-expanded', 'false')
    await vi.waitFor(() => expect(calls.filter((c) => c.name === 'UnreadNotifications').length).toBeGreaterThan(counted))
  })
})

describe('notificationHref', () => {
  const plan = (employee: string) => ({ id: 'pl1', employee: { id: employee } })
  it.each([
    ['own plan', { plan: plan('me') }, '/skp/pl1'],
    ["a subordinate's plan", { plan: plan('e2') }, '/tim/skp/pl1'],
    ['own appraisal', { plan: plan('me'), appraisal: { id: 'a1', appraiser: { id: 'e9' } } }, '/penilaian/a1'],
    ['an appraisal written', { plan: plan('e2'), appraisal: { id: 'a1', appraiser: { id: 'me' } } }, '/tim/penilaian/a1'],
    ['an objection to decide', { plan: plan('e2'), appraisal: { id: 'a1', appraiser: { id: 'e9' } }, objection: { id: 'o1' } }, '/keberatan/o1'],
    [
      'an objection to explain against an appraisal written',
      { plan: plan('e2'), appraisal: { id: 'a1', appraiser: { id: 'me' } }, objection: { id: 'o1' } },
      '/keberatan/o1',
    ],
    ['the decision of own objection', { plan: plan('me'), appraisal: { id: 'a1', appraiser: { id: 'e9' } }, objection: { id: 'o1' } }, '/penilaian/a1'],
  ])('links %s to where it is handled', (_, subject, href) => {
    expect(notificationHref(subject, 'me')).toBe(href)
  })
})
