import { useTranslation } from 'react-i18next'
import { Navigate, useLocation, useNavigate } from 'react-router'
import { LanguageSwitcher } from '@/components/ui/language-switcher'
import { LoadingState } from '@/components/ui/loading-state'
import { useSession } from '@/lib/session'
import { LoginForm } from './login-form'

/** Where to go after signing in: the page that asked for it, else the home page. */
function destination(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && !from.startsWith('/login') ? from : '/'
}

/** Why the login page is shown, when the app sent the user here. */
function reasonOf(state: unknown, session: ReturnType<typeof useSession>): 'expired' | 'password-changed' | undefined {
  const r = (state as { reason?: unknown } | null)?.reason
  if (r === 'expired' || r === 'password-changed') return r
  return session.status === 'signed-out' ? session.reason : undefined
}

/** LoginPage is the page shown to anyone without a session. */
export function LoginPage() {
  const { t } = useTranslation()
  const session = useSession()
  const location = useLocation()
  const navigate = useNavigate()
  const next = destination(location.state)
  const reason = reasonOf(location.state, session)

  if (session.status === 'signed-in') return <Navigate to={next} replace />

  return (
    <div className="login-shell">
      <title>{`${t('login.title')} · ${t('app.name')}`}</title>
      <header className="login-bar">
        <span className="brand">{t('app.name')}</span>
        <LanguageSwitcher />
      </header>
      <main id="main" className="login-main" tabIndex={-1}>
        <div className="card login-card">
          <h1>{t('login.title')}</h1>
          {reason && (
            <p className="notice notice-info" role="status">
              {reason === 'expired' ? t('login.expired') : t('login.passwordChanged')}
            </p>
          )}
          <p className="muted">{t('login.intro')}</p>
          {session.status === 'checking' ? (
            <LoadingState />
          ) : (
            <LoginForm
              onSuccess={() => {
                session.signedIn()
                void navigate(next, { replace: true })
              }}
            />
          )}
        </div>
      </main>
    </div>
  )
}
