import { useTranslation } from 'react-i18next'
import { useMutation } from 'urql'
import { TextDialogForm } from '@/components/form/dialog-form'
import { FileObjectionMutation } from '../api/appraisal-documents'

/** ObjectionForm files an objection with its reasons (PP 30/2019 art. 59: they are required); the appraiser's superior decides it. */
export function ObjectionForm({ appraisalID, onDone }: { appraisalID: string; onDone: () => void }) {
  const { t } = useTranslation()
  const [, file] = useMutation(FileObjectionMutation)
  return (
    <TextDialogForm
      intro={t('objection.formIntro')}
      name="reason"
      label={t('objection.reason')}
      description={t('objection.reasonHint')}
      requiredMessage={t('objection.reasonRequired')}
      submitLabel={t('objection.submit')}
      send={(reason) => file({ appraisalID, reason })}
      doneMessage={t('objection.filed')}
      onCancel={onDone}
      onDone={onDone}
    />
  )
}
