import { useTranslation } from 'react-i18next'
import { useQuery } from 'urql'
import { QueryView } from '@/components/ui/query-view'
import type { DashboardPromotionQuery } from '@/gql/graphql'
import { PromotionQuery } from '../api/dashboard-documents'
import { ChartFrame, type FrameColumn } from './chart-frame'
import { Bars, barsHeight } from './charts'
import { useDashboard } from './dashboard-context'

type Candidate = DashboardPromotionQuery['promotionCandidates'][number]

/** PromotionDashboard: the employees whose predikat meets a regular promotion's condition, with credit points and years in rank. */
export function PromotionDashboard() {
  const { t } = useTranslation('dashboards')
  const { t: tc } = useTranslation()
  const { period, unitId } = useDashboard()
  const [result, reexecute] = useQuery({ query: PromotionQuery, variables: { periodID: period.id, unitID: unitId } })
  const columns: FrameColumn<Candidate>[] = [
    { key: 'employee', header: t('promotion.employee'), rowHeader: true, value: (c) => c.employee.name },
    { key: 'position', header: t('promotion.position'), value: (c) => c.employee.position },
    { key: 'rank', header: t('promotion.rank'), value: (c) => c.rank },
    { key: 'yearsInRank', header: t('promotion.yearsInRank'), value: (c) => c.yearsInRank },
    { key: 'predikats', header: t('promotion.predikats'), value: (c) => c.predikats.map((p) => tc(`predikat.${p}`)).join(', ') },
    { key: 'creditPoints', header: t('promotion.creditPoints'), value: (c) => c.creditPoints },
  ]
  return (
    <QueryView result={result} reexecute={reexecute}>
      {(data) => {
        const rows = data.promotionCandidates
        return (
          <ChartFrame
            title={t('promotion.title', { period: period.name })}
            lead={<p>{t('promotion.lead')}</p>}
            rows={rows}
            columns={columns}
            rowKey={(c) => c.employee.id}
            csvName={`kandidat-kenaikan-pangkat-${period.year}`}
            empty={t('promotion.empty')}
            height={barsHeight(rows.length, 1)}
            busy={result.fetching}
            chart={(label) => (
              <Bars
                label={label}
                data={rows.map((c) => ({ ...c, name: c.employee.name, credit: c.creditPoints ?? 0 }))}
                category="name"
                series={[{ key: 'credit', name: t('promotion.creditPoints') }]}
                valueLabel={t('promotion.creditAxis')}
                categoryLabel={t('promotion.employee')}
              />
            )}
          />
        )
      }}
    </QueryView>
  )
}
