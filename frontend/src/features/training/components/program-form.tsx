import { zodResolver } from '@hookform/resolvers/zod'
import { useMemo, useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { useMutation } from 'urql'
import { z } from 'zod/mini'
import { DialogFormActions } from '@/components/form/dialog-form'
import { FormAlert } from '@/components/form/form-alert'
import { NumberFieldControl } from '@/components/form/number-field'
import { ComboBoxControl } from '@/components/form/select-field'
import { TextFieldControl } from '@/components/form/text-field'
import { notify } from '@/components/ui/toast'
import type { Option } from '@/components/ui/select'
import { applyServerErrors } from '@/lib/graphql-errors'
import { CreateTrainingProgramMutation, UpdateTrainingProgramMutation } from '../api/training-documents'

function programSchema(required: string, hoursRange: string) {
  return z.object({
    name: z.string().check(z.trim(), z.minLength(1, required)),
    description: z.string(),
    hours: z.number({ error: hoursRange }).check(z.int(hoursRange), z.gte(1, hoursRange), z.lte(1000, hoursRange)),
    provider: z.string(),
    criterionID: z.nullable(z.string()),
    active: z.boolean(),
  })
}

export type ProgramValues = z.infer<ReturnType<typeof programSchema>>

/** The programme being edited, as the catalogue lists it. */
export interface ProgramRow {
  id: string
  name: string
  description?: string | null
  hours: number
  provider?: string | null
  active: boolean
  criterion?: { id: string } | null
}

interface ProgramFormProps {
  program?: ProgramRow
  criteria: Option[]
  onCancel: () => void
  onDone: () => void
}

/** ProgramForm adds a programme to the training catalogue or changes one: name, JP, provider, competency, active. */
export function ProgramForm({ program, criteria, onCancel, onDone }: ProgramFormProps) {
  const { t } = useTranslation('tools')
  const { t: tc } = useTranslation()
  const schema = useMemo(() => programSchema(t('training.nameRequired'), t('training.hoursRange')), [t])
  const form = useForm<ProgramValues>({
    resolver: zodResolver(schema),
    defaultValues: {
      name: program?.name ?? '',
      description: program?.description ?? '',
      hours: program?.hours ?? Number.NaN,
      provider: program?.provider ?? '',
      criterionID: program?.criterion?.id ?? null,
      active: program?.active ?? true,
    },
  })
  const [, create] = useMutation(CreateTrainingProgramMutation)
  const [, update] = useMutation(UpdateTrainingProgramMutation)
  const [formError, setFormError] = useState<string | null>(null)

  return (
    <form
      className="form"
      noValidate
      onSubmit={form.handleSubmit(async (v) => {
        setFormError(null)
        const description = v.description.trim()
        const provider = v.provider.trim()
        const r = program
          ? await update({
              id: program.id,
              input: {
                name: v.name.trim(),
                hours: v.hours,
                active: v.active,
                ...(description ? { description } : { clearDescription: true }),
                ...(provider ? { provider } : { clearProvider: true }),
                ...(v.criterionID ? { criterionID: v.criterionID } : { clearCriterion: true }),
              },
            })
          : await create({
              input: {
                name: v.name.trim(),
                hours: v.hours,
                active: v.active,
                ...(description ? { description } : {}),
                ...(provider ? { provider } : {}),
                ...(v.criterionID ? { criterionID: v.criterionID } : {}),
              },
            })
        if (r.error) {
          setFormError(applyServerErrors(r.error, form, { fallback: tc('errors.actionFailed') }))
          return
        }
        notify(program ? t('training.saved', { name: v.name.trim() }) : t('training.added', { name: v.name.trim() }))
        onDone()
      })}
    >
      <TextFieldControl control={form.control} name="name" label={t('training.name')} isRequired />
      <NumberFieldControl control={form.control} name="hours" label={t('training.hours')} description={t('training.hoursHint')} isRequired minValue={1} />
      <ComboBoxControl
        control={form.control}
        name="criterionID"
        label={t('training.criterion')}
        options={criteria}
        emptyText={t('training.noCriterion')}
        description={t('training.criterionHint')}
      />
      <TextFieldControl control={form.control} name="provider" label={t('training.provider')} />
      <TextFieldControl control={form.control} name="description" label={t('training.description')} multiline />
      <Controller
        control={form.control}
        name="active"
        render={({ field }) => (
          <label className="checkbox-field">
            <input
              type="checkbox"
              name={field.name}
              checked={field.value}
              onChange={(e) => field.onChange(e.target.checked)}
              onBlur={field.onBlur}
              ref={field.ref}
            />
            {t('training.activeLabel')}
          </label>
        )}
      />
      <FormAlert message={formError} />
      <DialogFormActions submitLabel={program ? t('training.save') : t('training.add')} isSubmitting={form.formState.isSubmitting} onCancel={onCancel} />
    </form>
  )
}
