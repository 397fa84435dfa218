import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useQuery } from 'urql'
import { QueryView } from '@/components/ui/query-view'
import type { DashboardTrendQuery } from '@/gql/graphql'
import { useFilterParams } from '@/lib/use-filter-params'
import { TrendPeopleQuery, TrendQuery } from '../api/dashboard-documents'
import { ChartFrame, type FrameColumn } from './chart-frame'
import { Lines } from './charts'
import { useDashboard } from './dashboard-context'
import { NoAppraisals } from './no-appraisals'

type Point = DashboardTrendQuery['trend'][number]

/** TrendDashboard: mean scores and the three aspects across periods, for the unit or one employee. */
export function TrendDashboard() {
  const { t } = useTranslation('dashboards')
  const id = useId()
  const { unitId } = useDashboard()
  const [params, setParam] = useFilterParams()
  const [people] = useQuery({ query: TrendPeopleQuery })
  const options = (people.data?.employees.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []))
  const wanted = params.get('pegawai')
  const employeeID = wanted && (options.some((o) => o.id === wanted) || people.data?.viewer.employee?.id === wanted) ? wanted : null
  const [result, reexecute] = useQuery({ query: TrendQuery, variables: { unitID: employeeID ? null : unitId, employeeID }, pause: !!wanted && !people.data })
  const series = [
    { key: 'average', name: t('score.average') },
    { key: 'timeliness', name: t('score.timeliness') },
    { key: 'quality', name: t('score.quality') },
    { key: 'teamwork', name: t('score.teamwork') },
  ]
  const columns: FrameColumn<Point>[] = [
    { key: 'period', header: t('trend.period'), rowHeader: true, value: (p) => p.period.name },
    { key: 'count', header: t('score.count'), value: (p) => p.count },
    ...series.map((s) => ({ key: s.key, header: s.name, value: (p: Point) => p[s.key as 'average'] })),
  ]
  const who = employeeID ? (options.find((o) => o.id === employeeID)?.name ?? people.data?.viewer.employee?.name) : undefined
  return (
    <>
      <form className="filters dashboard-options" aria-label={t('trend.options')} onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={`${id}-who`}>{t('trend.employee')}</label>
          <select id={`${id}-who`} value={employeeID ?? ''} onChange={(e) => setParam('pegawai', e.target.value, '')} aria-describedby={`${id}-who-help`}>
            <option value="">{t('trend.wholeUnit')}</option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
          <p className="hint" id={`${id}-who-help`}>
            {t('trend.employeeHelp')}
          </p>
        </div>
      </form>
      <QueryView result={result} reexecute={reexecute}>
        {(data) => {
          const rows = [...data.trend].sort((a, b) => a.period.year - b.period.year)
          const hasScores = rows.some((p) => p.count > 0)
          return (
            <ChartFrame
              title={who ? t('trend.titleEmployee', { name: who }) : t('trend.title')}
              rows={hasScores ? rows : []}
              columns={columns}
              rowKey={(p) => p.period.id}
              csvName={employeeID ? 'tren-pegawai' : 'tren-unit'}
              empty={<NoAppraisals />}
              busy={result.fetching}
              chart={(label) => (
                <Lines
                  label={label}
                  data={rows.map((p) => ({ ...p, name: String(p.period.year) }))}
                  category="name"
                  series={series}
                  valueLabel={t('score.axisScore')}
                  categoryLabel={t('trend.axisPeriod')}
                />
              )}
            />
          )
        }}
      </QueryView>
    </>
  )
}
