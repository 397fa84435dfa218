import { useTranslation } from 'react-i18next'
import { StatusBadge } from '@/components/ui/status-badge'
import type { ObjectionStatus, Predikat } from '@/gql/graphql'
import { useFormat } from '@/lib/format'

export interface ObjectionData {
  id: string
  reason: string
  status: ObjectionStatus
  createdAt: string
  decisionNote?: string | null
  decidedAt?: string | null
  predikatBefore?: Predikat | null
  predikatAfter?: Predikat | null
  filedBy?: { id: string; name: string } | null
  decidedBy?: { id: string; name: string } | null
}

/** ObjectionHistory follows an objection from its reason to the superior's decision. */
export function ObjectionHistory({ objections }: { objections: ObjectionData[] }) {
  const { t } = useTranslation()
  const f = useFormat()
  return (
    <ol className="timeline">
      {objections.map((o) => (
        <li key={o.id} className="timeline-item">
          <p className="timeline-head">
            <StatusBadge kind="objection" value={o.status} /> {t('objection.filedOn', { date: f.dateTime(o.createdAt) })}
            {o.filedBy && <span className="muted"> · {o.filedBy.name}</span>}
          </p>
          <div className="quote-block">
            <p className="quote-label">{t('objection.reason')}</p>
            <blockquote className="quote">{o.reason}</blockquote>
          </div>
          {o.status === 'OPEN' ? (
            <p className="muted">{t('objection.awaiting')}</p>
          ) : (
            <div className="decision">
              <p className="notice-title">{t(`objection.decided.${o.status}`, { name: o.decidedBy?.name ?? '', date: f.dateTime(o.decidedAt) })}</p>
              {o.decisionNote && <blockquote className="quote">{o.decisionNote}</blockquote>}
              {(o.predikatBefore || o.predikatAfter) && (
                <p>
                  {t('objection.predikatChange')}: {o.predikatBefore ? <StatusBadge kind="predikat" value={o.predikatBefore} /> : '—'}{' '}
                  <span aria-hidden="true">→</span>
                  <span className="visually-hidden">{t('objection.becomes')}</span>{' '}
                  {o.predikatAfter ? <StatusBadge kind="predikat" value={o.predikatAfter} /> : '—'}
                </p>
              )}
            </div>
          )}
        </li>
      ))}
    </ol>
  )
}
