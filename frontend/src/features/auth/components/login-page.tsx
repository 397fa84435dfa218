import { useTranslation } from 'react-i18next'
import { Navigate, useLocation, useNavigate } from 'react-router'
import { LanguageSwitcher } from '@/components/ui/language-switcher'
import { LoadingState } from '@/components/ui/loading-state'
import { useSession } from '../api/session-context'
import { LoginForm } from './login-form'

/** Where to go after signing in: the page that asked for it, else the employee list. */
function destination(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from
  return typeof from === 'string' && from.startsWith('/') && from !== '/' && !from.startsWith('/login')
    ? from
    : '/employees'
}

/** LoginPage is the page shown to anyone without a session. */
export function LoginPage() {
  const { t } = useTranslation()
  const session = useSession()
  const location = useLocation()
  const navigate = useNavigate()
  const next = destination(location.state)

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
