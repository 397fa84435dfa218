import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Navigate, NavLink, Outlet, useLocation } from 'react-router'
import { ErrorState } from '@/components/ui/error-state'
import { LanguageSwitcher } from '@/components/ui/language-switcher'
import { LoadingState } from '@/components/ui/loading-state'
import { displayName, useSession } from '@/features/auth/api/session-context'

/** AppLayout frames every signed-in page; without a session it sends the visitor to /login. */
export function AppLayout() {
  const { t } = useTranslation()
  const session = useSession()
  const location = useLocation()
  const [leaving, setLeaving] = useState(false)

  switch (session.status) {
    case 'checking':
      return (
        <main id="main" className="app-pending">
          <LoadingState />
        </main>
      )
    case 'signed-out':
      return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />
    case 'error':
      return (
        <main id="main" className="app-pending">
          <ErrorState message={t('app.sessionError')} onRetry={session.retry} />
        </main>
      )
  }

  const name = displayName(session.viewer)

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
          <nav className="main-nav" aria-label={t('nav.label')}>
            <ul>
              <li>
                <NavLink to="/" end>
                  {t('nav.home')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/employees">{t('nav.employees')}</NavLink>
              </li>
            </ul>
          </nav>
          <div className="header-tools">
            <span className="user-name">
              <span className="visually-hidden">{t('nav.signedInAs', { name })}</span>
              <span aria-hidden="true">{name}</span>
            </span>
            <LanguageSwitcher />
            <button type="button" className="button button-quiet" onClick={handleLogout} disabled={leaving}>
              {leaving ? t('nav.loggingOut') : t('nav.logout')}
            </button>
          </div>
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  )
}
