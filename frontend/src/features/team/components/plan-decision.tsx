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
import { ApprovePlanMutation, ReturnPlanMutation } from '../api/team-documents'

/** returnSchema: returnPlan needs a note saying what to fix. */
export function returnSchema(required: string) {
  return z.object({ note: z.string().check(z.trim(), z.minLength(1, required)) })
}

interface DecisionFormProps {
  planID: string
  name: string
  onDone: (changed: boolean) => void
}

/** ReturnPlanForm sends a submitted SKP back with the note of what to fix. */
export function ReturnPlanForm({ planID, name, onDone }: DecisionFormProps) {
  const { t } = useTranslation()
  const schema = useMemo(() => returnSchema(t('team.returnNoteRequired')), [t])
  const form = useForm<{ note: string }>({ resolver: zodResolver(schema), defaultValues: { note: '' } })
  const [, returnPlan] = useMutation(ReturnPlanMutation)
  const [formError, setFormError] = useState<string | null>(null)
  return (
    <form
      className="form"
      noValidate
      onSubmit={form.handleSubmit(async ({ note }) => {
        setFormError(null)
        const r = await returnPlan({ id: planID, note: note.trim() })
        if (r.error) {
          setFormError(applyServerErrors(r.error, form, { fallback: t('errors.actionFailed') }))
          return
        }
        notify(t('team.returned', { name }))
        onDone(true)
      })}
    >
      <p>{t('team.returnIntro', { name })}</p>
      <TextFieldControl control={form.control} name="note" label={t('team.returnNote')} isRequired multiline />
      <FormAlert message={formError} />
      <div className="dialog-actions">
        <Button variant="secondary" onPress={() => onDone(false)} isDisabled={form.formState.isSubmitting}>
          {t('app.cancel')}
        </Button>
        <Button type="submit" variant="primary" isPending={form.formState.isSubmitting}>
          {t('team.returnConfirm')}
        </Button>
      </div>
    </form>
  )
}

/** ApprovePlanForm agrees a submitted SKP, with an optional note; the dialog is the confirmation. */
export function ApprovePlanForm({ planID, name, onDone }: DecisionFormProps) {
  const { t } = useTranslation()
  const form = useForm<{ note: string }>({ defaultValues: { note: '' } })
  const [, approve] = useMutation(ApprovePlanMutation)
  const [formError, setFormError] = useState<string | null>(null)
  return (
    <form
      className="form"
      noValidate
      onSubmit={form.handleSubmit(async ({ note }) => {
        setFormError(null)
        const r = await approve({ id: planID, note: note.trim() || null })
        if (r.error) {
          setFormError(applyServerErrors(r.error, form, { fallback: t('errors.actionFailed') }))
          return
        }
        notify(t('team.agreed', { name }))
        onDone(true)
      })}
    >
      <p>{t('team.agreeIntro', { name })}</p>
      <TextFieldControl control={form.control} name="note" label={t('team.agreeNote')} multiline />
      <FormAlert message={formError} />
      <div className="dialog-actions">
        <Button variant="secondary" onPress={() => onDone(false)} isDisabled={form.formState.isSubmitting}>
          {t('app.cancel')}
        </Button>
        <Button type="submit" variant="primary" isPending={form.formState.isSubmitting}>
          {t('team.agreeConfirm')}
        </Button>
      </div>
    </form>
  )
}
