import { useTranslation } from 'react-i18next'
import { NavLink, Outlet } from 'react-router'
import { ErrorView } from '@/components/ui/error-view'
import { useSession } from '@/lib/session'
import { adminSections, mayAdminister } from './admin-nav'

/**
 * AdminLayout frames the HR administration: its own navigation of sections
 * above the page. Anyone else reaching an /admin link by URL is told it is
 * not allowed (the server refuses the data too).
 */
export function AdminLayout() {
  const { t } = useTranslation()
  const session = useSession()
  if (session.status !== 'signed-in') return null
  if (!mayAdminister(session.viewer)) {
    return (
      <section className="page">
        <ErrorView failure="forbidden" />
      </section>
    )
  }
  return (
    <>
      <nav className="section-nav" aria-label={t('nav.adminSections')}>
        <ul>
          {adminSections(session.viewer).map((item) => (
            <li key={item.key}>
              <NavLink to={item.to}>{t(`nav.admin_${item.key}`)}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </>
  )
}
