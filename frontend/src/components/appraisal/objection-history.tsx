import { type ReactNode, useId } from 'react'
import { useTranslation } from 'react-i18next'
import { StatusBadge } from '@/components/ui/status-badge'
import { type FragmentType, graphql, useFragment } from '@/gql'
import { useFormat } from '@/lib/format'

export const ObjectionHistoryFragment = graphql(`
  fragment ObjectionHistory_objection on Objection {
    id
    reason
    status
    createdAt
    explanation
    explanationDue
    explainedAt
    decisionNote
    decidedAt
    predikatBefore
    predikatAfter
    filedBy {
      id
      name
    }
    decidedBy {
      id
      name
    }
  }
`)

interface ObjectionHistoryProps {
  objections: readonly FragmentType<typeof ObjectionHistoryFragment>[]
  /** Leaves out who filed each objection: on the employee's own page they all did. */
  hideFiler?: boolean
}

/** ObjectionHistory follows an objection from its reason, through the appraiser's explanation, to the superior's decision. */
export function ObjectionHistory(props: ObjectionHistoryProps) {
  const { t } = useTranslation()
  const f = useFormat()
  const objections = useFragment(ObjectionHistoryFragment, props.objections)
  return (
    <ol className="timeline">
      {objections.map((o) => (
        <li key={o.id} className="timeline-item">
          <p className="timeline-head">
            <StatusBadge kind="objection" value={o.status} /> {t('objection.filedOn', { date: f.dateTime(o.createdAt) })}
            {o.filedBy && !props.hideFiler && <span className="muted"> · {o.filedBy.name}</span>}
          </p>
          <div className="quote-block">
            <p className="quote-label">{t('objection.reason')}</p>
            <blockquote className="quote">{o.reason}</blockquote>
          </div>
          {o.explanation ? (
            <div className="quote-block">
              <p className="quote-label">
                {t('objection.explanation')}
                {o.explainedAt && <span className="muted"> · {t('objection.explainedOn', { date: f.dateTime(o.explainedAt) })}</span>}
              </p>
              <blockquote className="quote">{o.explanation}</blockquote>
            </div>
          ) : (
            o.status === 'AWAITING_EXPLANATION' && (
              <p className="muted">
                {o.explanationDue ? t('objection.awaitingExplanation', { date: f.deadline(o.explanationDue) }) : t('objection.awaitingExplanationUndated')}
              </p>
            )
          )}
          {o.status === 'AWAITING_EXPLANATION' ? null : o.status === 'OPEN' ? (
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

interface ObjectionsCardProps extends ObjectionHistoryProps {
  /** What the reader of this page is to make of them. */
  hint?: ReactNode
}

/** ObjectionsCard is the card of an appraisal's objections; none, no card. */
export function ObjectionsCard({ hint, ...history }: ObjectionsCardProps) {
  const { t } = useTranslation()
  const id = useId()
  if (history.objections.length === 0) return null
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{t('objection.title')}</h2>
      {hint && <p className="hint">{hint}</p>}
      <ObjectionHistory {...history} />
    </section>
  )
}
