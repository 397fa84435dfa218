import { useTranslation } from 'react-i18next'
import { type FragmentType, graphql, useFragment } from '@/gql'
import { useFormat } from '@/lib/format'

export const TargetCardFragment = graphql(`
  fragment TargetCard_target on Target {
    id
    kind
    title
    position
    parent {
      id
      title
    }
    indicators {
      id
      description
      aspect
      targetValue
      unit
    }
  }
`)

interface TargetCardProps {
  target: FragmentType<typeof TargetCardFragment>
  index: number
  actions?: React.ReactNode
}

/** TargetCard shows one planned result: what it supports and its indicators. */
export function TargetCard(props: TargetCardProps) {
  const { t } = useTranslation()
  const f = useFormat()
  const target = useFragment(TargetCardFragment, props.target)
  return (
    <article className="target-card" aria-labelledby={`target-${target.id}`}>
      <header className="target-head">
        <h3 id={`target-${target.id}`}>
          <span className="target-number">{props.index + 1}.</span> {target.title}
        </h3>
        <span className={`kind-badge kind-${target.kind.toLowerCase()}`}>{t(`targetKind.${target.kind}`)}</span>
      </header>
      <p className="target-parent">
        {target.parent ? (
          <>
            <span className="muted">{t('plan.supports')}:</span> {target.parent.title}
          </>
        ) : (
          <span className="muted">{t('plan.supportsNone')}</span>
        )}
      </p>
      {target.indicators && target.indicators.length > 0 && (
        <ul className="indicator-list" aria-label={t('plan.indicators')}>
          {target.indicators.map((ind) => (
            <li key={ind.id}>
              <span className="indicator-description">{ind.description}</span>
              <span className="indicator-meta">
                {t(`aspect.${ind.aspect}`)} · {t('plan.targetIs', { value: f.number(ind.targetValue), unit: ind.unit })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {props.actions && <div className="target-actions">{props.actions}</div>}
    </article>
  )
}
