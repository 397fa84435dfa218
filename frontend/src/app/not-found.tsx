import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'

/** NotFound answers client-side paths the SPA does not know. */
export function NotFound() {
  const { t } = useTranslation()
  return (
    <section>
      <title>{`${t('app.notFound')} · ${t('app.name')}`}</title>
      <h1>{t('app.notFound')}</h1>
      <p>
        <Link to="/">{t('app.backHome')}</Link>
      </p>
    </section>
  )
}
