import { useTranslation } from 'react-i18next'
import { useMutation } from 'urql'
import { TextDialogForm } from '@/components/form/dialog-form'
import { ApprovePlanMutation, ReturnPlanMutation } from '../api/team-documents'

interface DecisionFormProps {
  planID: string
  name: string
  onDone: (changed: boolean) => void
}

/** ReturnPlanForm sends a submitted SKP back with the note of what to fix (returnPlan needs it). */
export function ReturnPlanForm({ planID, name, onDone }: DecisionFormProps) {
  const { t } = useTranslation()
  const [, returnPlan] = useMutation(ReturnPlanMutation)
  return (
    <TextDialogForm
      intro={t('team.returnIntro', { name })}
      name="note"
      label={t('team.returnNote')}
      requiredMessage={t('team.returnNoteRequired')}
      submitLabel={t('team.returnConfirm')}
      send={(note) => returnPlan({ id: planID, note })}
      doneMessage={t('team.returned', { name })}
      onCancel={() => onDone(false)}
      onDone={() => onDone(true)}
    />
  )
}

/** ApprovePlanForm agrees a submitted SKP, with an optional note; the dialog is the confirmation. */
export function ApprovePlanForm({ planID, name, onDone }: DecisionFormProps) {
  const { t } = useTranslation()
  const [, approve] = useMutation(ApprovePlanMutation)
  return (
    <TextDialogForm
      intro={t('team.agreeIntro', { name })}
      name="note"
      label={t('team.agreeNote')}
      submitLabel={t('team.agreeConfirm')}
      send={(note) => approve({ id: planID, note: note || null })}
      doneMessage={t('team.agreed', { name })}
      onCancel={() => onDone(false)}
      onDone={() => onDone(true)}
    />
  )
}
