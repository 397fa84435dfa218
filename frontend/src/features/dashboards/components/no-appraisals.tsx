import { useTranslation } from 'react-i18next'

/** NoAppraisals says why a dashboard of appraisals is empty. */
export function NoAppraisals() {
  const { t } = useTranslation('dashboards')
  return <p>{t('empty.noAppraisals')}</p>
}
