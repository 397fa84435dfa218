import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { Fact } from '@/components/ui/fact'
import { StatusBadge } from '@/components/ui/status-badge'
import { type FragmentType, graphql, useFragment } from '@/gql'
import { useFormat } from '@/lib/format'

export const OwnSummaryEmployeeFragment = graphql(`
  fragment OwnSummary_employee on Employee {
    latestPredikat
    latestAppraisal {
      id
      finalizedAt
      plan {
        id
        period {
          id
          year
        }
      }
    }
  }
`)

export const OwnSummaryPlanFragment = graphql(`
  fragment OwnSummary_plan on Plan {
    id
    status
    note
    agreedAt
    submittedAt
  }
`)

interface OwnSummaryProps {
  employee: FragmentType<typeof OwnSummaryEmployeeFragment>
  plan: FragmentType<typeof OwnSummaryPlanFragment> | null | undefined
}

/** OwnSummary: the staff member's own SKP this period and the latest final predikat. */
export function OwnSummary(props: OwnSummaryProps) {
  const { t } = useTranslation()
  const f = useFormat()
  const employee = useFragment(OwnSummaryEmployeeFragment, props.employee)
  const plan = useFragment(OwnSummaryPlanFragment, props.plan)
  return (
    <section className="card" aria-labelledby="own-title">
      <h2 id="own-title">{t('home.ownTitle')}</h2>
      <dl className="facts">
        <Fact label={t('home.ownPlan')}>
          {plan ? (
            <>
              <StatusBadge kind="plan" value={plan.status} />{' '}
              {plan.status === 'AGREED' && plan.agreedAt && <span className="muted">{t('home.agreedOn', { date: f.date(plan.agreedAt) })}</span>}
              {plan.status === 'RETURNED' && plan.note && <span className="muted">“{plan.note}”</span>} <Link to="/skp">{t('home.openPlan')}</Link>
            </>
          ) : (
            <>
              {t('home.noPlan')} <Link to="/skp">{t('home.createPlan')}</Link>
            </>
          )}
        </Fact>
        <Fact label={t('home.latestPredikat')}>
          {employee.latestPredikat && employee.latestAppraisal ? (
            <>
              <StatusBadge kind="predikat" value={employee.latestPredikat} />{' '}
              <Link to={`/penilaian/${employee.latestAppraisal.id}`}>{t('home.latestOf', { year: employee.latestAppraisal.plan.period.year })}</Link>
            </>
          ) : (
            <span className="muted">{t('home.noPredikat')}</span>
          )}
        </Fact>
      </dl>
    </section>
  )
}
