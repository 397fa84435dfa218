import { useTranslation } from 'react-i18next'
import { Fact } from '@/components/ui/fact'
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
        <Fact label={t('home.method')}>{t(`method.${period.scoringMethod}`)}</Fact>
        {period.planDeadline && <Fact label={t('home.planDeadline')}>{f.date(period.planDeadline)}</Fact>}
        {period.appraisalDeadline && <Fact label={t('home.appraisalDeadline')}>{f.date(period.appraisalDeadline)}</Fact>}
      </dl>
    </section>
  )
}
