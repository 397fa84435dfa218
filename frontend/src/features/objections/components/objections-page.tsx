import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useQuery } from 'urql'
import { appraisalKindLabel } from '@/components/appraisal/appraisal-kind'
import { InboxDue } from '@/components/inbox/inbox-due'
import { EmptyState } from '@/components/ui/empty-state'
import { Page } from '@/components/ui/page'
import { QueryView } from '@/components/ui/query-view'
import { StatusBadge } from '@/components/ui/status-badge'
import { useSession } from '@/lib/session'
import type { ObjectionsQuery as ObjectionsQueryData } from '@/gql/graphql'
import { useFormat } from '@/lib/format'
import { ObjectionsQuery } from '../api/objection-documents'

type OpenItem = ObjectionsQueryData['inbox'][number]

/** OpenObjection is an objection waiting for the viewer's decision: whose, against which appraisal, and whether it can be decided yet. */
function OpenObjection({ item }: { item: OpenItem }) {
  const { t } = useTranslation()
  const f = useFormat()
  const o = item.objection
  if (!o) return null
  return (
    <li>
      <Link to={`/keberatan/${o.id}`} className="inbox-link">
        {t('decision.itemTitle', { name: item.employee.name, appraiser: o.appraisal.appraiser?.name ?? '—' })}
      </Link>
      <span className="muted">
        {o.appraisal.plan.period.name} · {appraisalKindLabel(t, o.appraisal)} · {t('objection.filedOn', { date: f.date(o.createdAt) })}
      </span>
      <InboxDue item={item} />
    </li>
  )
}

/** ObjectionsPage (Keberatan): objections waiting for the viewer's decision, and those decided. */
export function ObjectionsPage() {
  const { t } = useTranslation()
  const f = useFormat()
  const session = useSession()
  const me = session.status === 'signed-in' ? (session.viewer.employee?.id ?? '') : ''
  const [result, reexecute] = useQuery({ query: ObjectionsQuery, variables: { me } })
  return (
    <Page title={t('decision.listTitle')}>
      <QueryView result={result} reexecute={reexecute}>
        {(data) => {
          const open = data.inbox.filter((i) => i.kind === 'OBJECTION_TO_DECIDE' && i.objection)
          const decided = (data.objections.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []))
          return (
            <>
              <section aria-labelledby="open-objections">
                <h2 id="open-objections">{t('decision.open', { count: open.length })}</h2>
                {open.length === 0 ? (
                  <EmptyState>{t('decision.noneOpen')}</EmptyState>
                ) : (
                  <ul className="inbox-items">
                    {open.map((item) => (
                      <OpenObjection key={item.objection?.id} item={item} />
                    ))}
                  </ul>
                )}
              </section>
              <section aria-labelledby="decided-objections">
                <h2 id="decided-objections">{t('decision.decided')}</h2>
                {decided.length === 0 ? (
                  <EmptyState>{t('decision.noneDecided')}</EmptyState>
                ) : (
                  <ul className="inbox-items">
                    {decided.map((o) => (
                      <li key={o.id}>
                        <Link to={`/keberatan/${o.id}`} className="inbox-link">
                          {o.filedBy.name}
                        </Link>
                        <span>
                          <StatusBadge kind="objection" value={o.status} /> {f.date(o.decidedAt)}{' '}
                          {o.predikatBefore && <StatusBadge kind="predikat" value={o.predikatBefore} />}
                          {o.predikatAfter && o.predikatAfter !== o.predikatBefore && (
                            <>
                              {' '}
                              → <StatusBadge kind="predikat" value={o.predikatAfter} />
                            </>
                          )}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            </>
          )
        }}
      </QueryView>
    </Page>
  )
}
