import { useTranslation } from 'react-i18next'
import { useQuery } from 'urql'
import { FinalCountQuery } from '../api/dashboard-documents'
import { useDashboard } from './dashboard-context'

/**
 * NoAppraisals says why a dashboard of appraisals is empty: the period has
 * no final appraisal yet that the caller may read, or none in this choice.
 */
export function NoAppraisals() {
  const { t } = useTranslation('dashboards')
  const { period, unitId } = useDashboard()
  const [result] = useQuery({ query: FinalCountQuery, variables: { periodID: period.id, unitID: unitId } })
  if (result.data?.finalCount === 0) return <p>{t('empty.noFinal', { period: period.name })}</p>
  return <p>{t('empty.noAppraisals')}</p>
}
