import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useQuery } from 'urql'
import { ErrorState } from '@/components/ui/error-state'
import { LoadingState } from '@/components/ui/loading-state'
import { HomeQuery } from '../api/get-home'
import { EmployeeCard } from './employee-card'

/** HomePage welcomes the viewer by name and lists their roles. */
export function HomePage() {
  const { t } = useTranslation()
  const [result, reexecute] = useQuery({ query: HomeQuery })
  const viewer = result.data?.viewer

  return (
    <section className="home" aria-labelledby="home-title">
      <title>{`${t('home.title')} · ${t('app.name')}`}</title>
      {!viewer && <h1 id="home-title">{t('home.title')}</h1>}
      {!viewer && result.fetching && <LoadingState />}
      {!viewer && result.error && (
        <ErrorState message={t('app.sessionError')} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      )}
      {viewer && (
        <>
          <h1 id="home-title">{t('home.welcome', { name: viewer.employee?.name ?? viewer.account.name })}</h1>
          <div className="card">
            <dl className="facts">
              <div>
                <dt>{t('home.account')}</dt>
                <dd>{viewer.account.name}</dd>
              </div>
              <div>
                <dt>{t('home.roles')}</dt>
                <dd>
                  {viewer.roles.length === 0 ? (
                    t('home.noRoles')
                  ) : (
                    <ul className="role-list">
                      {viewer.roles.map((role) => (
                        <li key={role}>{t(`role.${role}`)}</li>
                      ))}
                    </ul>
                  )}
                </dd>
              </div>
            </dl>
            {viewer.employee && <EmployeeCard employee={viewer.employee} />}
          </div>
          <p>
            <Link to="/employees">{t('home.employeesLink')}</Link>
          </p>
        </>
      )}
    </section>
  )
}
