import { useTranslation } from 'react-i18next'
import type { AppraisalStatus, ObjectionStatus, PlanStatus, Predikat } from '@/gql/graphql'

type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger'

const planTone: Record<PlanStatus, Tone> = { DRAFT: 'neutral', SUBMITTED: 'info', AGREED: 'success', RETURNED: 'warning', ESCALATED: 'info' }
const appraisalTone: Record<AppraisalStatus, Tone> = { DRAFT: 'neutral', SUBMITTED: 'info', OBJECTED: 'warning', FINAL: 'success' }
const objectionTone: Record<ObjectionStatus, Tone> = { AWAITING_EXPLANATION: 'info', OPEN: 'warning', UPHELD: 'neutral', REVISED: 'success' }
const predikatTone: Record<Predikat, Tone> = {
  SANGAT_BAIK: 'success',
  BAIK: 'success',
  CUKUP: 'info',
  BUTUH_PERBAIKAN: 'warning',
  KURANG: 'danger',
  SANGAT_KURANG: 'danger',
  BURUK: 'danger',
}

export type StatusBadgeProps =
  | { kind: 'plan'; value: PlanStatus }
  | { kind: 'appraisal'; value: AppraisalStatus }
  | { kind: 'objection'; value: ObjectionStatus }
  | { kind: 'predikat'; value: Predikat }

/** StatusBadge names a state in words (colour only repeats it). */
export function StatusBadge(props: StatusBadgeProps) {
  const { t } = useTranslation()
  let tone: Tone
  let label: string
  switch (props.kind) {
    case 'plan':
      tone = planTone[props.value]
      label = t(`status.plan.${props.value}`)
      break
    case 'appraisal':
      tone = appraisalTone[props.value]
      label = t(`status.appraisal.${props.value}`)
      break
    case 'objection':
      tone = objectionTone[props.value]
      label = t(`status.objection.${props.value}`)
      break
    case 'predikat':
      tone = predikatTone[props.value]
      label = t(`predikat.${props.value}`)
      break
  }
  return <span className={`status-badge tone-${tone}`}>{label}</span>
}
