import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useQuery } from 'urql'
import { appraisalKindLabel } from '@/components/appraisal/appraisal-kind'
import { type Column, DataTable } from '@/components/ui/data-table'
import { EmptyState } from '@/components/ui/empty-state'
import { Page } from '@/components/ui/page'
import { QueryView } from '@/components/ui/query-view'
import { StatusBadge } from '@/components/ui/status-badge'
import type { MyAppraisalsQuery as Result } from '@/gql/graphql'
import { useFormat } from '@/lib/format'
import { MyAppraisalsQuery } from '../api/appraisal-documents'

type Plan = NonNullable<NonNullable<Result['viewer']['employee']>['plans']>[number]
type Row = NonNullable<Plan['appraisals']>[number] & { period: Plan['period'] }

/** MyAppraisalsPage (Penilaian saya): every appraisal released to the viewer, newest period first. */
export function MyAppraisalsPage() {
  const { t } = useTranslation()
  const f = useFormat()
  const [result, reexecute] = useQuery({ query: MyAppraisalsQuery })

  const columns: Column<Row>[] = [
    {
      key: 'what',
      header: t('appraisal.what'),
      rowHeader: true,
      cell: (a) => (
        <Link to={`/penilaian/${a.id}`}>
          {a.period.name} — {appraisalKindLabel(t, a)}
        </Link>
      ),
    },
    { key: 'status', header: t('appraisal.status'), cell: (a) => <StatusBadge kind="appraisal" value={a.status} /> },
    { key: 'predikat', header: t('appraisal.predikat'), cell: (a) => (a.predikat ? <StatusBadge kind="predikat" value={a.predikat} /> : '—') },
    {
      key: 'score',
      header: t('appraisal.score'),
      cell: (a) => (a.score != null ? f.number(a.score, 2) : '—'),
    },
    { key: 'released', header: t('appraisal.releasedAt'), cell: (a) => f.date(a.releasedAt) || '—' },
  ]

  return (
    <Page title={t('appraisal.myTitle')}>
      <QueryView result={result} reexecute={reexecute}>
        {(data) => {
          const rows: Row[] = (data.viewer.employee?.plans ?? []).flatMap((p) =>
            (p.appraisals ?? []).filter((a) => a.releasedAt).map((a) => ({ ...a, period: p.period })),
          )
          rows.sort((a, b) => b.period.year - a.period.year || (b.releasedAt ?? '').localeCompare(a.releasedAt ?? ''))
          if (rows.length === 0) return <EmptyState>{t('appraisal.noneReleased')}</EmptyState>
          return <DataTable caption={t('appraisal.myCaption')} columns={columns} rows={rows} rowKey={(r) => r.id} />
        }}
      </QueryView>
    </Page>
  )
}
