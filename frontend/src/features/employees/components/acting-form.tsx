import { zodResolver } from '@hookform/resolvers/zod'
import { useMemo, useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { useMutation } from 'urql'
import { DialogFormActions } from '@/components/form/dialog-form'
import { FormAlert } from '@/components/form/form-alert'
import { ComboBoxControl, SelectControl } from '@/components/form/select-field'
import { TextFieldControl } from '@/components/form/text-field'
import { DateField } from '@/components/ui/date-field'
import type { Option } from '@/components/ui/select'
import { notify } from '@/components/ui/toast'
import { useZone } from '@/lib/format'
import { formatNip } from '@/lib/format-nip'
import { applyServerErrors } from '@/lib/graphql-errors'
import { CreateActingAppraiserMutation } from '../api/acting-documents'
import { actingInput, actingKinds, actingSchema, type ActingValues, emptyActing } from './acting-schema'

export interface ActingCandidate {
  id: string
  nip: string
  name: string
  position: string
}

interface ActingFormProps {
  /** The employee the acting official will appraise. */
  employeeID: string
  candidates: ActingCandidate[]
  onCancel: () => void
  onDone: () => void
}

/**
 * ActingForm names an acting appraiser (Plt./Plh.) for a range of days. A
 * range that runs backwards is refused on the last day before sending; what
 * the server refuses lands on its field (endsOn, actingID), and an overlap
 * with another appointment (CONFLICT) is the form's own error.
 */
export function ActingForm({ employeeID, candidates, onCancel, onDone }: ActingFormProps) {
  const { t } = useTranslation('acting')
  const { t: tc } = useTranslation()
  const zone = useZone()
  const schema = useMemo(() => actingSchema(t), [t])
  const form = useForm<ActingValues>({ resolver: zodResolver(schema), defaultValues: emptyActing })
  const [, create] = useMutation(CreateActingAppraiserMutation)
  const [formError, setFormError] = useState<string | null>(null)

  const kindOptions: Option[] = actingKinds.map((k) => ({ id: k, label: t(`kind.${k}`) }))
  const actingOptions: Option[] = candidates
    .filter((c) => c.id !== employeeID)
    .map((c) => ({ id: c.id, label: c.name, description: `${formatNip(c.nip)} · ${c.position}` }))

  return (
    <form
      className="form acting-form"
      noValidate
      aria-label={t('addTitle')}
      onSubmit={form.handleSubmit(async (values) => {
        setFormError(null)
        const r = await create({ input: actingInput(employeeID, values, zone.timeZone) })
        if (r.error) {
          setFormError(applyServerErrors(r.error, form, { fallback: tc('errors.actionFailed') }))
          return
        }
        notify(t('added'))
        onDone()
      })}
    >
      <div className="form-grid">
        <ComboBoxControl
          control={form.control}
          name="actingID"
          label={t('form.acting')}
          options={actingOptions}
          description={t('form.actingHint')}
          emptyText={t('form.noMatch')}
        />
        <SelectControl control={form.control} name="kind" label={t('form.kind')} options={kindOptions} description={t('kindHint')} isRequired />
        <Controller
          control={form.control}
          name="startsOn"
          render={({ field, fieldState }) => (
            <DateField label={t('form.startsOn')} value={field.value} onChange={field.onChange} errorMessage={fieldState.error?.message} isRequired />
          )}
        />
        <Controller
          control={form.control}
          name="endsOn"
          render={({ field, fieldState }) => (
            <DateField
              label={t('form.endsOn')}
              value={field.value}
              onChange={field.onChange}
              description={t('form.endsOnHint', { zone: zone.abbreviation })}
              errorMessage={fieldState.error?.message}
              isRequired
            />
          )}
        />
        <TextFieldControl control={form.control} name="letter" label={t('form.letter')} description={t('form.letterHint')} autoComplete="off" />
      </div>
      <FormAlert message={formError} />
      <DialogFormActions submitLabel={t('form.submit')} isSubmitting={form.formState.isSubmitting} onCancel={onCancel} />
    </form>
  )
}
