import { useTranslation } from 'react-i18next'
import { useQuery } from 'urql'
import { QueryView } from '@/components/ui/query-view'
import type { DashboardPredikatDistributionQuery } from '@/gql/graphql'
import { PredikatDistributionQuery } from '../api/dashboard-documents'
import { ChartFrame, type FrameColumn } from './chart-frame'
import { Bars, barsHeight } from './charts'
import { useDashboard } from './dashboard-context'
import { NoAppraisals } from './no-appraisals'

type Bucket = DashboardPredikatDistributionQuery['predikatDistribution']['buckets'][number]

/** DistributionDashboard: the shares of each predikat beside the curve the unit's rating sets. */
export function DistributionDashboard() {
  const { t } = useTranslation('dashboards')
  const { t: tc } = useTranslation()
  const { period, unitId } = useDashboard()
  const [result, reexecute] = useQuery({ query: PredikatDistributionQuery, variables: { periodID: period.id, unitID: unitId } })
  const name = (b: Bucket) => tc(`predikat.${b.predikat}`)
  const columns: FrameColumn<Bucket>[] = [
    { key: 'predikat', header: t('distribution.predikat'), rowHeader: true, value: name },
    { key: 'count', header: t('distribution.count'), value: (b) => b.count },
    { key: 'share', header: t('distribution.sharePercent'), value: (b) => Math.round(b.share * 1000) / 10 },
  ]
  return (
    <QueryView result={result} reexecute={reexecute}>
      {({ predikatDistribution: d }) => (
        <ChartFrame
          title={t('distribution.chartTitle', { period: period.name })}
          lead={
            <dl className="facts-inline">
              <div>
                <dt>{t('distribution.total')}</dt>
                <dd>{d.total}</dd>
              </div>
              <div>
                <dt>{t('distribution.unitRating')}</dt>
                <dd>
                  {d.unitRating
                    ? t(`distribution.rating.${d.unitRating}` as 'distribution.rating.BAIK', { defaultValue: d.unitRating })
                    : t('distribution.noRating')}
                </dd>
              </div>
              <div>
                <dt>{t('distribution.guideline')}</dt>
                <dd>{d.guideline ?? t('distribution.noGuideline')}</dd>
              </div>
            </dl>
          }
          rows={d.total === 0 ? [] : d.buckets}
          columns={columns}
          rowKey={(b) => b.predikat}
          csvName={`distribusi-predikat-${period.year}`}
          empty={<NoAppraisals />}
          height={barsHeight(d.buckets.length, 1)}
          busy={result.fetching}
          chart={(label) => (
            <Bars
              label={label}
              data={d.buckets.map((b) => ({ ...b, name: name(b) }))}
              category="name"
              series={[{ key: 'share', name: t('distribution.share') }]}
              valueLabel={t('distribution.share')}
              categoryLabel={t('distribution.predikat')}
              domain={[0, 1]}
              percent
            />
          )}
        >
          {d.total > 0 && (
            <div className={d.deviates ? 'deviation deviation-warn' : 'deviation'} role="note">
              {d.deviates ? (
                <>
                  <p>
                    <strong>{t('distribution.deviates')}</strong>
                  </p>
                  <ul>
                    {d.deviations.map((x) => (
                      <li key={x}>{x}</li>
                    ))}
                  </ul>
                </>
              ) : (
                <p>{d.unitRating ? t('distribution.follows') : t('distribution.noCurve')}</p>
              )}
            </div>
          )}
        </ChartFrame>
      )}
    </QueryView>
  )
}
