import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useMutation, useQuery } from 'urql'
import { Button } from '@/components/ui/button'
import { DataTable } from '@/components/ui/data-table'
import { EmptyState } from '@/components/ui/empty-state'
import { ErrorView } from '@/components/ui/error-view'
import { LoadingState } from '@/components/ui/loading-state'
import { MenuButton } from '@/components/ui/menu'
import { Select } from '@/components/ui/select'
import { notify } from '@/components/ui/toast'
import type { RecommendationStatus } from '@/gql/graphql'
import { useFormat } from '@/lib/format'
import { formatNip } from '@/lib/format-nip'
import { errorMessage, loadFailure } from '@/lib/graphql-errors'
import { useFilterParams } from '@/lib/use-filter-params'
import { useLastDefined } from '@/lib/use-last-defined'
import { recommendationPageSize, RecommendationsQuery, UpdateRecommendationMutation } from '../api/training-documents'

export const recommendationStatuses: RecommendationStatus[] = ['PROPOSED', 'PLANNED', 'COMPLETED', 'CANCELLED']

/** The steps a recommendation may take from each status (UpdateRecommendationInput.status). */
export const nextStatuses: Record<RecommendationStatus, RecommendationStatus[]> = {
  PROPOSED: ['PLANNED', 'CANCELLED'],
  PLANNED: ['COMPLETED', 'CANCELLED', 'PROPOSED'],
  COMPLETED: [],
  CANCELLED: [],
}

const tone: Record<RecommendationStatus, string> = { PROPOSED: 'info', PLANNED: 'warning', COMPLETED: 'success', CANCELLED: 'neutral' }

function isStatus(v: string | null): v is RecommendationStatus {
  return recommendationStatuses.some((s) => s === v)
}

/** RecommendationList: development recommendations per employee and their progress, filterable by status; HR admins move them along. */
export function RecommendationList({ canEdit }: { canEdit: boolean }) {
  const { t, i18n } = useTranslation('tools')
  const f = useFormat()
  const [params, setParam] = useFilterParams()
  const raw = params.get('status')
  const status = isStatus(raw) ? raw : null
  const [paging, setPaging] = useState<{ key: string; cursors: (string | null)[] }>({ key: status ?? '', cursors: [null] })
  const cursors = paging.key === (status ?? '') ? paging.cursors : [null]
  const setCursors = (next: (string | null)[]) => setPaging({ key: status ?? '', cursors: next })
  const [result, reexecute] = useQuery({
    query: RecommendationsQuery,
    variables: { first: recommendationPageSize, after: cursors.at(-1) ?? null, where: status ? { status } : undefined },
  })
  const last = useLastDefined(result.data)
  const data = result.data ?? (result.fetching ? last : undefined)
  const rows = data?.recommendations.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? []
  const en = (i18n.resolvedLanguage ?? i18n.language) === 'en'

  return (
    <>
      <div className="filters training-filters">
        <Select
          label={t('training.statusFilter')}
          options={[{ id: '', label: t('training.allStatuses') }, ...recommendationStatuses.map((s) => ({ id: s, label: t(`training.status_${s}`) }))]}
          value={status ?? ''}
          onChange={(v) => setParam('status', v)}
        />
      </div>
      {data && (
        <p className="list-summary" role="status">
          {t('training.recTotal', { count: data.recommendations.totalCount })}
        </p>
      )}
      {!data && result.error && <ErrorView failure={loadFailure(result.error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {!data && !result.error && <LoadingState />}
      {data && rows.length === 0 && <EmptyState>{t('training.noRecommendations')}</EmptyState>}
      {rows.length > 0 && (
        <DataTable
          caption={t('training.recCaption')}
          captionHidden
          busy={result.fetching}
          rows={rows}
          rowKey={(r) => r.id}
          columns={[
            {
              key: 'employee',
              header: t('training.employee'),
              rowHeader: true,
              cell: (r) => (
                <>
                  {r.employee.name}
                  <span className="row-sub nip">{formatNip(r.employee.nip)}</span>
                </>
              ),
            },
            {
              key: 'what',
              header: t('training.development'),
              cell: (r) => (
                <>
                  {t(`training.kind_${r.kind}`)}
                  {r.program ? `: ${r.program.name}` : ''}
                  {r.criterion && <span className="row-sub">{(en && r.criterion.nameEn) || r.criterion.name}</span>}
                </>
              ),
            },
            { key: 'hours', header: t('training.hoursShort'), cell: (r) => f.number(r.hours) },
            { key: 'planned', header: t('training.plannedOn'), cell: (r) => (r.completedAt ? f.date(r.completedAt) : f.date(r.plannedOn)) },
            {
              key: 'status',
              header: t('training.status'),
              cell: (r) => <span className={`status-badge tone-${tone[r.status]}`}>{t(`training.status_${r.status}`)}</span>,
            },
            ...(canEdit
              ? [
                  {
                    key: 'actions',
                    header: t('training.actions'),
                    cell: (r: (typeof rows)[number]) => <StatusMenu id={r.id} name={r.employee.name} status={r.status} />,
                  },
                ]
              : []),
          ]}
        />
      )}
      {data && (data.recommendations.pageInfo.hasNextPage || cursors.length > 1) && (
        <nav className="pagination" aria-label={t('pager.label')}>
          <Button isDisabled={cursors.length < 2 || result.fetching} onPress={() => setCursors(cursors.slice(0, -1))}>
            {t('pager.previous')}
          </Button>
          <span className="page-info">{t('pager.page', { page: cursors.length })}</span>
          <Button
            isDisabled={!data.recommendations.pageInfo.hasNextPage || result.fetching}
            onPress={() => setCursors([...cursors, data.recommendations.pageInfo.endCursor ?? null])}
          >
            {t('pager.next')}
          </Button>
        </nav>
      )}
    </>
  )
}

function StatusMenu({ id, name, status }: { id: string; name: string; status: RecommendationStatus }) {
  const { t } = useTranslation('tools')
  const { t: tc } = useTranslation()
  const [, update] = useMutation(UpdateRecommendationMutation)
  const steps = nextStatuses[status]
  if (steps.length === 0) return null
  return (
    <MenuButton
      label={
        <>
          {t('training.move')}
          <span className="visually-hidden"> {name}</span>
        </>
      }
      items={steps.map((s) => ({
        id: s,
        label: t(`training.to_${s}`),
        onAction: () =>
          void update({ id, input: { status: s } }).then((r) => {
            if (r.error) notify(errorMessage(r.error, tc('errors.actionFailed')), 'error')
            else notify(t('training.moved', { name, status: t(`training.status_${s}`) }))
          }),
      }))}
    />
  )
}
