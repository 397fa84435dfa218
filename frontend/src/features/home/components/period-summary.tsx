import { useTranslation } from 'react-i18next'
import { type FragmentType, graphql, useFragment } from '@/gql'
import { useFormat } from '@/lib/format'

export const PeriodSummaryFragment = graphql(`
  fragment PeriodSummary_period on Period {
    id
    name
    year
    phase
    scoringMethod
    planDeadline
    appraisalDeadline
  }
`)

const phases = ['PLANNING', 'EXECUTION', 'ASSESSMENT', 'CLOSED'] as const

/** PeriodSummary shows the current period and where in the year it stands. */
export function PeriodSummary(props: { period: FragmentType<typeof PeriodSummaryFragment> }) {
  const { t } = useTranslation()
  const f = useFormat()
  const period = useFragment(PeriodSummaryFragment, props.period)
  return (
    <section className="card" aria-labelledby="period-title">
      <h2 id="period-title">{period.name}</h2>
      <ol className="phase-steps" aria-label={t('home.phases')}>
        {phases.map((phase) => (
          <li key={phase} className={phase === period.phase ? 'is-current' : undefined} aria-current={phase === period.phase ? 'step' : undefined}>
            {t(`phase.${phase}`)}
          </li>
        ))}
      </ol>
      <dl className="facts">
        <div>
          <dt>{t('home.method')}</dt>
          <dd>{t(`method.${period.scoringMethod}`)}</dd>
        </div>
        {period.planDeadline && (
          <div>
            <dt>{t('home.planDeadline')}</dt>
            <dd>{f.date(period.planDeadline)}</dd>
          </div>
        )}
        {period.appraisalDeadline && (
          <div>
            <dt>{t('home.appraisalDeadline')}</dt>
            <dd>{f.date(period.appraisalDeadline)}</dd>
          </div>
        )}
      </dl>
    </section>
  )
}
