import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Fact } from '@/components/ui/fact'
import { type FragmentType, graphql, useFragment } from '@/gql'
import { formatNip } from '@/lib/format-nip'
import { appraisalKindLabel } from '@/components/appraisal/appraisal-kind'

/** Whose appraisal it is, and of which period and quarter. */
export const AppraisalSubjectFragment = graphql(`
  fragment AppraisalSubject_appraisal on Appraisal {
    id
    kind
    quarter
    plan {
      id
      employee {
        id
        name
        nip
      }
      period {
        id
        name
      }
    }
  }
`)

interface AppraisalSubjectCardProps {
  appraisal: FragmentType<typeof AppraisalSubjectFragment>
  /** The facts after "which appraisal" (Facts of a <dl>). */
  children?: ReactNode
}

/** AppraisalSubjectCard heads an appraisal read by someone other than its employee: the employee with the NIP, and which appraisal. */
export function AppraisalSubjectCard(props: AppraisalSubjectCardProps) {
  const { t } = useTranslation()
  const a = useFragment(AppraisalSubjectFragment, props.appraisal)
  return (
    <div className="card">
      <h2>
        {a.plan.employee.name} <span className="muted nip">{formatNip(a.plan.employee.nip)}</span>
      </h2>
      <dl className="facts">
        <Fact label={t('appraisal.what')}>
          {a.plan.period.name} — {appraisalKindLabel(t, a)}
        </Fact>
        {props.children}
      </dl>
    </div>
  )
}
