import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import { dashboardPaths, mayOpen } from './dashboard-list'
import { useRoles } from './dashboards-layout'

/** DashboardIndex lists the dashboards with what each one shows. */
export function DashboardIndex() {
  const { t } = useTranslation('dashboards')
  const { search } = useLocation()
  const roles = useRoles()
  return (
    <ul className="dashboard-cards">
      {dashboardPaths
        .filter((p) => mayOpen(p, roles))
        .map((p) => (
          <li key={p} className="dashboard-card">
            <h2>
              <Link to={{ pathname: `/dasbor/${p}`, search }}>{t(`${p}.title`)}</Link>
            </h2>
            <p>{t(`${p}.about`)}</p>
          </li>
        ))}
    </ul>
  )
}
