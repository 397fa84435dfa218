import { useEffect, useEffectEvent, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useQuery } from 'urql'
import { Button } from '@/components/ui/button'
import { DateField } from '@/components/ui/date-field'
import { EmptyState } from '@/components/ui/empty-state'
import { ErrorView } from '@/components/ui/error-view'
import { LoadingState } from '@/components/ui/loading-state'
import { Page } from '@/components/ui/page'
import { Select } from '@/components/ui/select'
import { useFormat } from '@/lib/format'
import { loadFailure } from '@/lib/graphql-errors'
import { useSession } from '@/lib/session'
import { useDebouncedValue } from '@/lib/use-debounced-value'
import { useFilterParams } from '@/lib/use-filter-params'
import { useLastDefined } from '@/lib/use-last-defined'
import { type AuditFilters, AuditEventsQuery, auditPageSize, auditWhere, entityTypes } from '../api/audit-documents'
import { AuditDiff } from './audit-diff'
import '../audit.css'

/** How long typing must pause before the trail is searched. */
const searchDelay = 300

/** AuditPage (Jejak audit): HR admins and auditors read every change Kinerja made. */
export function AuditPage() {
  const session = useSession()
  if (session.status !== 'signed-in') return null
  if (!session.viewer.can.readAuditTrail) {
    return (
      <section className="page">
        <ErrorView failure="forbidden" />
      </section>
    )
  }
  return <AuditTrail />
}

/** useTextParam is a text filter typed freely and written to the address once typing pauses. */
function useTextParam(name: string, params: URLSearchParams, setParam: (name: string, value: string) => void): [string, (v: string) => void] {
  const current = params.get(name) ?? ''
  const [text, setText] = useState(current)
  const debounced = useDebouncedValue(text, searchDelay)
  const write = useEffectEvent((value: string) => {
    if (value !== current) setParam(name, value)
  })
  useEffect(() => write(debounced.trim()), [debounced])
  return [text, setText]
}

/**
 * AuditTrail lists the audit events, newest first, filtered by entity,
 * actor, action and dates; the filters live in the address, so a filtered
 * trail can be bookmarked or sent.
 */
export function AuditTrail() {
  const { t } = useTranslation('tools')
  const f = useFormat()
  const id = useId()
  const [params, setParam] = useFilterParams()
  const [actor, setActor] = useTextParam('actor', params, setParam)
  const [action, setAction] = useTextParam('action', params, setParam)
  const filters: AuditFilters = {
    entity: params.get('entity') ?? '',
    actor: params.get('actor') ?? '',
    action: params.get('action') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
  }
  const filterKey = JSON.stringify(filters)
  const [paging, setPaging] = useState<{ key: string; cursors: (string | null)[] }>({ key: filterKey, cursors: [null] })
  const cursors = paging.key === filterKey ? paging.cursors : [null]
  const setCursors = (next: (string | null)[]) => setPaging({ key: filterKey, cursors: next })
  const [result, reexecute] = useQuery({
    query: AuditEventsQuery,
    variables: { first: auditPageSize, after: cursors.at(-1) ?? null, where: auditWhere(filters, f.zone.timeZone) },
  })
  const last = useLastDefined(result.data)
  const data = result.data ?? (result.fetching ? last : undefined)
  const connection = data?.auditEvents
  const events = connection?.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? []

  return (
    <Page title={t('audit.title')} lead={t('audit.lead')}>
      <form className="filters audit-filters" role="search" aria-label={t('audit.filters')} onSubmit={(e) => e.preventDefault()}>
        <Select
          label={t('audit.entity')}
          options={[{ id: '', label: t('audit.allEntities') }, ...entityTypes.map((e) => ({ id: e, label: e }))]}
          value={filters.entity}
          onChange={(v) => setParam('entity', v)}
        />
        <div className="field">
          <label htmlFor={`${id}-actor`}>{t('audit.actor')}</label>
          <input id={`${id}-actor`} type="search" autoComplete="off" value={actor} onChange={(e) => setActor(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-action`}>{t('audit.action')}</label>
          <input
            id={`${id}-action`}
            type="search"
            autoComplete="off"
            aria-describedby={`${id}-action-hint`}
            value={action}
            onChange={(e) => setAction(e.target.value)}
          />
          <small id={`${id}-action-hint`} className="hint">
            {t('audit.actionHint')}
          </small>
        </div>
        <DateField label={t('audit.from')} value={filters.from || null} onChange={(v) => setParam('from', v ?? '')} />
        <DateField label={t('audit.to')} value={filters.to || null} onChange={(v) => setParam('to', v ?? '')} />
      </form>

      <p className="list-summary" role="status">
        {connection && <span className="list-total">{t('audit.total', { count: connection.totalCount })}</span>}
      </p>

      {!data && result.fetching && <LoadingState />}
      {!data && result.error && <ErrorView failure={loadFailure(result.error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {connection && events.length === 0 && <EmptyState>{t('audit.emptyList')}</EmptyState>}
      {events.length > 0 && (
        <ol className="audit-list" aria-busy={result.fetching || undefined} aria-label={t('audit.listLabel')}>
          {events.map((e) => {
            const who = e.actor?.name ?? e.actorName ?? t('audit.system')
            return (
              <li key={e.id} className="audit-event card">
                <div className="audit-head">
                  <h2 className="audit-title">
                    <code>{e.action}</code> · {e.entityType} #{e.entityID}
                  </h2>
                  <p className="audit-meta">
                    <time dateTime={e.at}>{f.dateTime(e.at)}</time> · {who}
                  </p>
                </div>
                <details className="audit-details">
                  <summary>{t('audit.showChanges')}</summary>
                  <AuditDiff before={e.before} after={e.after} caption={t('audit.diffCaption', { action: e.action, entity: e.entityType, id: e.entityID })} />
                </details>
              </li>
            )
          })}
        </ol>
      )}
      {connection && (connection.pageInfo.hasNextPage || cursors.length > 1) && (
        <nav className="pagination" aria-label={t('pager.label')}>
          <Button isDisabled={cursors.length < 2 || result.fetching} onPress={() => setCursors(cursors.slice(0, -1))}>
            {t('pager.previous')}
          </Button>
          <span className="page-info">{t('pager.page', { page: cursors.length })}</span>
          <Button
            isDisabled={!connection.pageInfo.hasNextPage || result.fetching}
            onPress={() => setCursors([...cursors, connection.pageInfo.endCursor ?? null])}
          >
            {t('pager.next')}
          </Button>
        </nav>
      )}
    </Page>
  )
}
