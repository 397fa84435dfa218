import { useTranslation } from 'react-i18next'
import { useMutation } from 'urql'
import { TextDialogForm } from '@/components/form/dialog-form'
import { EscalatePlanMutation } from '../api/plan-documents'

interface EscalatePlanFormProps {
  planID: string
  onDone: () => void
}

/**
 * EscalatePlanForm asks the appraiser's superior to settle a plan the
 * appraiser has returned at least twice; escalatePlan needs the reason.
 */
export function EscalatePlanForm({ planID, onDone }: EscalatePlanFormProps) {
  const { t } = useTranslation('plans')
  const [, escalate] = useMutation(EscalatePlanMutation)
  return (
    <TextDialogForm
      intro={t('escalate.intro')}
      name="reason"
      label={t('escalate.reason')}
      description={t('escalate.reasonHint')}
      requiredMessage={t('escalate.reasonRequired')}
      submitLabel={t('escalate.confirm')}
      send={(reason) => escalate({ id: planID, reason })}
      doneMessage={t('escalate.done')}
      onCancel={onDone}
      onDone={onDone}
    />
  )
}
