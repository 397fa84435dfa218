import { zodResolver } from '@hookform/resolvers/zod'
import { useMemo, useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { useMutation } from 'urql'
import { FormAlert } from '@/components/form/form-alert'
import { TextFieldControl } from '@/components/form/text-field'
import { Button } from '@/components/ui/button'
import { notify } from '@/components/ui/toast'
import { applyServerErrors } from '@/lib/graphql-errors'
import { ExplainObjectionMutation } from '../api/objection-documents'
import { explanationSchema, type ExplanationValues, maxExplanation } from './explanation-schema'

/** ExplanationForm: the appraiser explains the appraisal objected to, once, before the superior decides. */
export function ExplanationForm({ objectionID }: { objectionID: string }) {
  const { t } = useTranslation()
  const schema = useMemo(() => explanationSchema({ required: t('explain.required'), tooLong: t('explain.tooLong', { max: maxExplanation }) }), [t])
  const form = useForm<ExplanationValues>({ resolver: zodResolver(schema), defaultValues: { explanation: '' } })
  const [, explain] = useMutation(ExplainObjectionMutation)
  const [formError, setFormError] = useState<string | null>(null)
  return (
    <form
      className="form"
      noValidate
      aria-label={t('explain.formLabel')}
      onSubmit={form.handleSubmit(async (values) => {
        setFormError(null)
        const r = await explain({ id: objectionID, explanation: values.explanation.trim() })
        if (r.error) {
          setFormError(applyServerErrors(r.error, form, { fallback: t('errors.actionFailed') }))
          return
        }
        notify(t('explain.done'))
      })}
    >
      <TextFieldControl control={form.control} name="explanation" label={t('explain.label')} description={t('explain.hint')} isRequired multiline />
      <FormAlert message={formError} />
      <div className="form-actions">
        <Button type="submit" variant="primary" isPending={form.formState.isSubmitting}>
          {t('explain.submit')}
        </Button>
      </div>
    </form>
  )
}
