import { lazy, Suspense, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Navigate, NavLink, Outlet, useLocation, useNavigation } from 'react-router'
import { ErrorState } from '@/components/ui/error-state'
import { LanguageSwitcher } from '@/components/ui/language-switcher'
import { LoadingState } from '@/components/ui/loading-state'
import { displayName, useSession } from '@/lib/session'
import { NotificationBell } from '@/features/notifications/components/notification-bell'
import { navItems } from './nav'

// The toast region comes with React Aria, which the pages load; the entry stays small.
const Toasts = lazy(async () => ({ default: (await import('@/components/ui/toast')).Toasts }))

/**
 * AppLayout frames every signed-in page; without a session it sends the
 * visitor to /login. On a phone the navigation collapses behind a Menu
 * button (a disclosure: the same list of links, shown on demand).
 */
export function AppLayout() {
  const { t } = useTranslation()
  const session = useSession()
  const location = useLocation()
  const navigation = useNavigation()
  const navId = useId()
  const [leaving, setLeaving] = useState(false)
  const [menuOpen, setMenuOpen] = useState(false)
  // A chosen page closes the menu (state adjusted while rendering, not in an effect).
  const [menuPath, setMenuPath] = useState(location.pathname)
  if (menuPath !== location.pathname) {
    setMenuPath(location.pathname)
    setMenuOpen(false)
  }

  switch (session.status) {
    case 'checking':
      return (
        <main id="main" className="app-pending">
          <LoadingState />
        </main>
      )
    case 'signed-out':
      // Back to this page after signing in again, unless the password was just changed there.
      return (
        <Navigate
          to="/login"
          replace
          state={{ from: session.reason === 'password-changed' ? '/' : location.pathname + location.search, reason: session.reason }}
        />
      )
    case 'error':
      return (
        <main id="main" className="app-pending">
          <ErrorState message={t('app.sessionError')} onRetry={session.retry} />
        </main>
      )
  }

  const name = displayName(session.viewer)
  const items = navItems(session.viewer)

  async function handleLogout() {
    setLeaving(true)
    try {
      await session.logout()
    } finally {
      setLeaving(false)
    }
  }

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="header-inner">
          <Link to="/" className="brand">
            {t('app.name')}
          </Link>
          <button
            type="button"
            className="button button-quiet nav-toggle"
            aria-expanded={menuOpen}
            aria-controls={navId}
            onClick={() => setMenuOpen((open) => !open)}
          >
            <span aria-hidden="true">{menuOpen ? '✕' : '☰'}</span> {t('nav.menu')}
          </button>
          <nav id={navId} className={menuOpen ? 'main-nav is-open' : 'main-nav'} aria-label={t('nav.label')}>
            <ul>
              {items.map((item) => (
                <li key={item.key}>
                  <NavLink to={item.to} end={item.end}>
                    {t(`nav.${item.key}`)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="header-tools">
            {session.viewer.employee && <NotificationBell me={session.viewer.employee.id} />}
            <span className="user-name">
              <span className="visually-hidden">{t('nav.signedInAs', { name })}</span>
              <span aria-hidden="true">{name}</span>
            </span>
            <LanguageSwitcher />
            <button type="button" className="button button-quiet" onClick={() => void handleLogout()} disabled={leaving}>
              {leaving ? t('nav.loggingOut') : t('nav.logout')}
            </button>
          </div>
        </div>
        {navigation.state !== 'idle' && <div className="route-progress" aria-hidden="true" />}
      </header>
      <main id="main" className="app-main" tabIndex={-1} aria-busy={navigation.state !== 'idle' || undefined}>
        <Outlet />
      </main>
      <Suspense fallback={null}>
        <Toasts />
      </Suspense>
    </>
  )
}
