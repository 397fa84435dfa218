import { zodResolver } from '@hookform/resolvers/zod'
import { useMemo, useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { useMutation } from 'urql'
import { z } from 'zod/mini'
import { FormAlert } from '@/components/form/form-alert'
import { TextFieldControl } from '@/components/form/text-field'
import { Button } from '@/components/ui/button'
import { notify } from '@/components/ui/toast'
import { applyServerErrors } from '@/lib/graphql-errors'
import { FileObjectionMutation } from '../api/appraisal-documents'

/** objectionSchema: fileObjection needs the reasons (PP 30/2019 art. 59). */
export function objectionSchema(required: string) {
  return z.object({ reason: z.string().check(z.trim(), z.minLength(1, required)) })
}

/** ObjectionForm files an objection with its reasons; the appraiser's superior decides it. */
export function ObjectionForm({ appraisalID, onDone }: { appraisalID: string; onDone: () => void }) {
  const { t } = useTranslation()
  const schema = useMemo(() => objectionSchema(t('objection.reasonRequired')), [t])
  const form = useForm<{ reason: string }>({ resolver: zodResolver(schema), defaultValues: { reason: '' } })
  const [, file] = useMutation(FileObjectionMutation)
  const [formError, setFormError] = useState<string | null>(null)
  return (
    <form
      className="form"
      noValidate
      onSubmit={form.handleSubmit(async ({ reason }) => {
        setFormError(null)
        const r = await file({ appraisalID, reason: reason.trim() })
        if (r.error) {
          setFormError(applyServerErrors(r.error, form, { fallback: t('errors.actionFailed') }))
          return
        }
        notify(t('objection.filed'))
        onDone()
      })}
    >
      <p>{t('objection.formIntro')}</p>
      <TextFieldControl control={form.control} name="reason" label={t('objection.reason')} description={t('objection.reasonHint')} isRequired multiline />
      <FormAlert message={formError} />
      <div className="dialog-actions">
        <Button variant="secondary" onPress={onDone} isDisabled={form.formState.isSubmitting}>
          {t('app.cancel')}
        </Button>
        <Button type="submit" variant="primary" isPending={form.formState.isSubmitting}>
          {t('objection.submit')}
        </Button>
      </div>
    </form>
  )
}
