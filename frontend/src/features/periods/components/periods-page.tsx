import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { useQuery } from 'urql'
import { type Column, DataTable } from '@/components/ui/data-table'
import { FormDialog } from '@/components/ui/dialog'
import { EmptyState } from '@/components/ui/empty-state'
import { Page } from '@/components/ui/page'
import { QueryView } from '@/components/ui/query-view'
import type { PeriodsQuery as PeriodsData } from '@/gql/graphql'
import { useFormat } from '@/lib/format'
import { PeriodsQuery } from '../api/period-documents'
import { useCanManage } from '../can-manage'
import { PeriodForm } from './period-form'
import '../periods.css'

type Row = NonNullable<NonNullable<NonNullable<PeriodsData['periods']['edges']>[number]>['node']>

/** PeriodsPage (Periode): the appraisal periods, newest first; HR admins add one. */
export function PeriodsPage() {
  const { t } = useTranslation('admin')
  const { t: tc } = useTranslation()
  const format = useFormat()
  const navigate = useNavigate()
  const canManage = useCanManage()
  const [result, reexecute] = useQuery({ query: PeriodsQuery })
  const columns: Column<Row>[] = [
    { key: 'name', header: t('period.name'), rowHeader: true, cell: (p) => <Link to={`/admin/periode/${p.id}`}>{p.name}</Link> },
    { key: 'year', header: t('period.year'), cell: (p) => String(p.year) },
    { key: 'phase', header: t('period.phase'), cell: (p) => tc(`phase.${p.phase}`) },
    { key: 'method', header: t('period.scoringMethod'), cell: (p) => tc(`method.${p.scoringMethod}`) },
    { key: 'dates', header: t('period.dates'), cell: (p) => `${format.day(p.startsOn)} – ${format.day(p.endsOn)}` },
    { key: 'plan', header: t('period.planDeadline'), cell: (p) => format.date(p.planDeadline) || '—' },
  ]
  return (
    <Page
      title={t('period.title')}
      actions={
        canManage && (
          <FormDialog label={t('period.create')} variant="primary" title={t('period.createTitle')}>
            {(close) => (
              <PeriodForm
                onCancel={close}
                onDone={(id) => {
                  close()
                  void navigate(`/admin/periode/${id}`)
                }}
              />
            )}
          </FormDialog>
        )
      }
    >
      <QueryView result={result} reexecute={reexecute}>
        {(data) => {
          const rows = data.periods.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? []
          return rows.length === 0 ? (
            <EmptyState>{t('period.empty')}</EmptyState>
          ) : (
            <DataTable caption={t('period.caption', { count: data.periods.totalCount })} columns={columns} rows={rows} rowKey={(p) => p.id} />
          )
        }}
      </QueryView>
    </Page>
  )
}
