import { useTranslation } from 'react-i18next'
import { useQuery } from 'urql'
import { EmptyState } from '@/components/ui/empty-state'
import { QueryView } from '@/components/ui/query-view'
import type { DashboardCompletionQuery } from '@/gql/graphql'
import { useFormat } from '@/lib/format'
import { CompletionQuery } from '../api/dashboard-documents'
import { ChartFrame, type FrameColumn } from './chart-frame'
import { Bars, barsHeight } from './charts'
import { useDashboard } from './dashboard-context'

type Row = DashboardCompletionQuery['completion'][number]

/** CompletionDashboard: how far each unit's plans and annual appraisals are, against the period's deadlines. */
export function CompletionDashboard() {
  const { t } = useTranslation('dashboards')
  const fmt = useFormat()
  const { period, unitId } = useDashboard()
  const [result, reexecute] = useQuery({ query: CompletionQuery, variables: { periodID: period.id, unitID: unitId } })
  const overdue = (late: boolean) => (late ? t('completion.overdue') : t('completion.onTrack'))
  const unitColumn: FrameColumn<Row> = { key: 'unit', header: t('completion.unit'), rowHeader: true, value: (r) => r.unit.name }
  const planColumns: FrameColumn<Row>[] = [
    unitColumn,
    { key: 'code', header: t('completion.code'), value: (r) => r.unit.code },
    { key: 'employees', header: t('completion.employees'), value: (r) => r.employees },
    { key: 'plansAgreed', header: t('completion.plansAgreed'), value: (r) => r.plansAgreed },
    { key: 'plansSubmitted', header: t('completion.plansSubmitted'), value: (r) => r.plansSubmitted },
    { key: 'plansDraft', header: t('completion.plansDraft'), value: (r) => r.plansDraft },
    { key: 'plansReturned', header: t('completion.plansReturned'), value: (r) => r.plansReturned },
    { key: 'noPlan', header: t('completion.noPlan'), value: (r) => r.noPlan },
    { key: 'plansOverdue', header: t('completion.deadlineState'), value: (r) => overdue(r.plansOverdue) },
  ]
  const appraisalColumns: FrameColumn<Row>[] = [
    unitColumn,
    { key: 'code', header: t('completion.code'), value: (r) => r.unit.code },
    { key: 'employees', header: t('completion.employees'), value: (r) => r.employees },
    { key: 'appraisalsFinal', header: t('completion.appraisalsFinal'), value: (r) => r.appraisalsFinal },
    { key: 'appraisalsReleased', header: t('completion.appraisalsReleased'), value: (r) => r.appraisalsReleased },
    { key: 'appraisalsDraft', header: t('completion.appraisalsDraft'), value: (r) => r.appraisalsDraft },
    { key: 'appraisalsNone', header: t('completion.appraisalsNone'), value: (r) => notStarted(r) },
    { key: 'appraisalsOverdue', header: t('completion.deadlineState'), value: (r) => overdue(r.appraisalsOverdue) },
  ]
  return (
    <QueryView result={result} reexecute={reexecute}>
      {(data) => {
        const rows = data.completion
        if (rows.length === 0) return <EmptyState>{t('completion.empty')}</EmptyState>
        const first = rows[0]
        const chartRows = rows.map((r) => ({ ...r, name: r.unit.name, appraisalsNone: notStarted(r) }))
        const late = (key: 'plansOverdue' | 'appraisalsOverdue') => rows.filter((r) => r[key])
        const lateNote = (key: 'plansOverdue' | 'appraisalsOverdue', text: 'completion.plansLate' | 'completion.appraisalsLate') =>
          late(key).length > 0 && (
            <p className="deviation deviation-warn" role="note">
              {t(text, {
                units: late(key)
                  .map((r) => r.unit.name)
                  .join(', '),
              })}
            </p>
          )
        return (
          <>
            <ChartFrame
              title={t('completion.plansTitle', { period: period.name })}
              lead={<p>{first?.planDeadline ? t('completion.planDeadline', { date: fmt.date(first.planDeadline) }) : t('completion.noDeadline')}</p>}
              rows={rows}
              columns={planColumns}
              tableColumns={planColumns.filter((c) => c.key !== 'code')}
              rowKey={(r) => r.unit.id}
              csvName={`kelengkapan-skp-${period.year}`}
              empty={t('completion.empty')}
              height={barsHeight(rows.length, 1)}
              busy={result.fetching}
              chart={(label) => (
                <Bars
                  label={label}
                  data={chartRows}
                  category="name"
                  stacked
                  series={[
                    { key: 'plansAgreed', name: t('completion.plansAgreed') },
                    { key: 'plansSubmitted', name: t('completion.plansSubmitted') },
                    { key: 'plansDraft', name: t('completion.plansDraft') },
                    { key: 'plansReturned', name: t('completion.plansReturned') },
                    { key: 'noPlan', name: t('completion.noPlan') },
                  ]}
                  valueLabel={t('completion.axisEmployees')}
                  categoryLabel={t('completion.unit')}
                />
              )}
            >
              {lateNote('plansOverdue', 'completion.plansLate')}
            </ChartFrame>
            <ChartFrame
              title={t('completion.appraisalsTitle', { period: period.name })}
              lead={
                <p>{first?.appraisalDeadline ? t('completion.appraisalDeadline', { date: fmt.date(first.appraisalDeadline) }) : t('completion.noDeadline')}</p>
              }
              rows={rows}
              columns={appraisalColumns}
              tableColumns={appraisalColumns.filter((c) => c.key !== 'code')}
              rowKey={(r) => r.unit.id}
              csvName={`kelengkapan-penilaian-${period.year}`}
              empty={t('completion.empty')}
              height={barsHeight(rows.length, 1)}
              busy={result.fetching}
              chart={(label) => (
                <Bars
                  label={label}
                  data={chartRows}
                  category="name"
                  stacked
                  series={[
                    { key: 'appraisalsFinal', name: t('completion.appraisalsFinal') },
                    { key: 'appraisalsReleased', name: t('completion.appraisalsReleased') },
                    { key: 'appraisalsDraft', name: t('completion.appraisalsDraft') },
                    { key: 'appraisalsNone', name: t('completion.appraisalsNone') },
                  ]}
                  valueLabel={t('completion.axisEmployees')}
                  categoryLabel={t('completion.unit')}
                />
              )}
            >
              {lateNote('appraisalsOverdue', 'completion.appraisalsLate')}
            </ChartFrame>
          </>
        )
      }}
    </QueryView>
  )
}

/** Employees without an annual appraisal started (never below 0). */
function notStarted(r: Row): number {
  return Math.max(0, r.employees - r.appraisalsDraft - r.appraisalsReleased - r.appraisalsFinal)
}
