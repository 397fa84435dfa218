import { zodResolver } from '@hookform/resolvers/zod'
import { type ReactNode, useMemo, useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { CombinedError } from 'urql'
import { z } from 'zod/mini'
import { FormAlert } from '@/components/form/form-alert'
import { TextFieldControl } from '@/components/form/text-field'
import { Button } from '@/components/ui/button'
import { notify } from '@/components/ui/toast'
import { applyServerErrors } from '@/lib/graphql-errors'

interface DialogFormActionsProps {
  submitLabel: string
  isSubmitting: boolean
  onCancel: () => void
}

/** DialogFormActions ends a form in a dialog: cancel, and the submit button that does the step. */
export function DialogFormActions({ submitLabel, isSubmitting, onCancel }: DialogFormActionsProps) {
  const { t } = useTranslation()
  return (
    <div className="dialog-actions">
      <Button variant="secondary" onPress={onCancel} isDisabled={isSubmitting}>
        {t('app.cancel')}
      </Button>
      <Button type="submit" variant="primary" isPending={isSubmitting}>
        {submitLabel}
      </Button>
    </div>
  )
}

/** requiredTextSchema: a form of one text that must not be blank (a reason, a note to fix). */
export function requiredTextSchema(name: string, required: string) {
  return z.object({ [name]: z.string().check(z.trim(), z.minLength(1, required)) })
}

interface TextDialogFormProps {
  intro: ReactNode
  /** The text's field, named as the server names it, so its error lands there. */
  name: string
  label: string
  description?: ReactNode
  /** Said when the text is left blank; without it the text may be. */
  requiredMessage?: string
  submitLabel: string
  /** Sends the step with the trimmed text. */
  send: (text: string) => Promise<{ error?: CombinedError }>
  /** The toast once the step is done. */
  doneMessage: string
  onCancel: () => void
  onDone: () => void
}

/** TextDialogForm is a step taken in a dialog with one text (an objection's reasons, a note on an SKP). */
export function TextDialogForm({ intro, name, label, description, requiredMessage, submitLabel, send, doneMessage, onCancel, onDone }: TextDialogFormProps) {
  const { t } = useTranslation()
  const resolver = useMemo(() => (requiredMessage === undefined ? undefined : zodResolver(requiredTextSchema(name, requiredMessage))), [name, requiredMessage])
  const form = useForm<Record<string, string>>({ resolver, defaultValues: { [name]: '' } })
  const [formError, setFormError] = useState<string | null>(null)
  return (
    <form
      className="form"
      noValidate
      onSubmit={form.handleSubmit(async (values) => {
        setFormError(null)
        const r = await send((values[name] ?? '').trim())
        if (r.error) {
          setFormError(applyServerErrors(r.error, form, { fallback: t('errors.actionFailed') }))
          return
        }
        notify(doneMessage)
        onDone()
      })}
    >
      <p>{intro}</p>
      <TextFieldControl control={form.control} name={name} label={label} description={description} isRequired={requiredMessage !== undefined} multiline />
      <FormAlert message={formError} />
      <DialogFormActions submitLabel={submitLabel} isSubmitting={form.formState.isSubmitting} onCancel={onCancel} />
    </form>
  )
}
