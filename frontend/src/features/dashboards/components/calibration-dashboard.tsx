import { useTranslation } from 'react-i18next'
import { useQuery } from 'urql'
import { QueryView } from '@/components/ui/query-view'
import type { DashboardAppraiserCalibrationQuery } from '@/gql/graphql'
import { useFormat } from '@/lib/format'
import { AppraiserCalibrationQuery } from '../api/dashboard-documents'
import { ChartFrame, type FrameColumn } from './chart-frame'
import { Bars, barsHeight } from './charts'
import { useDashboard } from './dashboard-context'
import { NoAppraisals } from './no-appraisals'
import { palette } from './palette'

type Stats = DashboardAppraiserCalibrationQuery['appraiserCalibration'][number]
export type Leaning = 'lenient' | 'severe' | 'none'

/**
 * outlierRule marks an appraiser whose gap to the unit mean is larger than
 * one (population) standard deviation of the appraisers' means.
 */
export function outlierRule(stats: Stats[]): { spread: number | null; leaning: (s: Stats) => Leaning } {
  const means = stats.flatMap((s) => (s.mean === null || s.mean === undefined ? [] : [s.mean]))
  if (means.length < 2) return { spread: null, leaning: () => 'none' }
  const avg = means.reduce((a, b) => a + b, 0) / means.length
  const spread = Math.sqrt(means.reduce((a, b) => a + (b - avg) ** 2, 0) / means.length)
  return {
    spread,
    leaning: (s) => {
      const gap = s.gapToUnitMean
      if (gap === null || gap === undefined || spread === 0 || Math.abs(gap) <= spread) return 'none'
      return gap > 0 ? 'lenient' : 'severe'
    },
  }
}

/** CalibrationDashboard: each appraiser's mean and spread against the unit's, with objections; outliers marked. */
export function CalibrationDashboard() {
  const { t } = useTranslation('dashboards')
  const fmt = useFormat()
  const { period, unitId } = useDashboard()
  const [result, reexecute] = useQuery({ query: AppraiserCalibrationQuery, variables: { periodID: period.id, unitID: unitId } })
  return (
    <QueryView result={result} reexecute={reexecute}>
      {(data) => {
        const rows = [...data.appraiserCalibration].sort((a, b) => a.appraiser.name.localeCompare(b.appraiser.name))
        const { spread, leaning } = outlierRule(rows)
        const columns: FrameColumn<Stats>[] = [
          { key: 'appraiser', header: t('calibration.appraiser'), rowHeader: true, value: (s) => s.appraiser.name },
          { key: 'appraised', header: t('calibration.appraised'), value: (s) => s.appraised },
          { key: 'mean', header: t('calibration.mean'), value: (s) => s.mean },
          { key: 'stddev', header: t('calibration.stddev'), value: (s) => s.stddev },
          { key: 'gap', header: t('calibration.gap'), value: (s) => s.gapToUnitMean },
          { key: 'leaning', header: t('calibration.leaning'), value: (s) => t(`calibration.lean.${leaning(s)}`) },
          { key: 'objections', header: t('calibration.objections'), value: (s) => s.objections },
          { key: 'upheld', header: t('calibration.upheld'), value: (s) => s.upheld },
          { key: 'revised', header: t('calibration.revised'), value: (s) => s.revised },
        ]
        const outliers = rows.filter((s) => leaning(s) !== 'none')
        return (
          <ChartFrame
            title={t('calibration.chartTitle', { period: period.name })}
            lead={<p>{spread === null ? t('calibration.ruleNone') : t('calibration.rule', { spread: fmt.number(spread) })}</p>}
            rows={rows}
            columns={columns}
            rowKey={(s) => s.appraiser.id}
            csvName={`kalibrasi-penilai-${period.year}`}
            empty={<NoAppraisals />}
            height={barsHeight(rows.length, 1)}
            busy={result.fetching}
            chart={(label) => (
              <Bars
                label={label}
                data={rows.map((s) => ({
                  ...s,
                  name: leaning(s) === 'none' ? s.appraiser.name : `${s.appraiser.name} (${t(`calibration.lean.${leaning(s)}`)})`,
                }))}
                category="name"
                series={[{ key: 'gapToUnitMean', name: t('calibration.gap'), color: palette[5] }]}
                valueLabel={t('calibration.gapAxis')}
                categoryLabel={t('calibration.appraiser')}
                colorOf={(s) => (leaning(s) === 'lenient' ? palette[1] : leaning(s) === 'severe' ? palette[3] : undefined)}
                reference={0}
                domain={['auto', 'auto']}
              />
            )}
          >
            {rows.length > 0 && (
              <div className={outliers.length ? 'deviation deviation-warn' : 'deviation'} role="note">
                {outliers.length === 0 ? (
                  <p>{t('calibration.noOutliers')}</p>
                ) : (
                  <ul>
                    {outliers.map((s) => (
                      <li key={s.appraiser.id}>
                        {t(`calibration.outlier.${leaning(s) as 'lenient' | 'severe'}`, { name: s.appraiser.name, gap: fmt.number(s.gapToUnitMean) })}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            )}
          </ChartFrame>
        )
      }}
    </QueryView>
  )
}
