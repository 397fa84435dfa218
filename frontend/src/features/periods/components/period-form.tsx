import { zodResolver } from '@hookform/resolvers/zod'
import type { TFunction } from 'i18next'
import { useMemo, useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { useMutation } from 'urql'
import { z } from 'zod/mini'
import { DialogFormActions } from '@/components/form/dialog-form'
import { FormAlert } from '@/components/form/form-alert'
import { NumberFieldControl } from '@/components/form/number-field'
import { SelectControl } from '@/components/form/select-field'
import { TextFieldControl } from '@/components/form/text-field'
import { DateField } from '@/components/ui/date-field'
import { notify } from '@/components/ui/toast'
import type { PeriodScoringMethod } from '@/gql/graphql'
import { useZone } from '@/lib/format'
import { applyServerErrors } from '@/lib/graphql-errors'
import { endOfDay, zonedDay } from '@/lib/time-zone'
import { CreatePeriodMutation, UpdatePeriodMutation } from '../api/period-documents'

export const scoringMethods: PeriodScoringMethod[] = ['PERMENPAN_2022', 'NUMERIC_2011']

export interface PeriodFields {
  id: string
  name: string
  year: number
  scoringMethod: PeriodScoringMethod
  startsOn: string
  endsOn: string
  planDeadline?: string | null
  appraisalDeadline?: string | null
  objectionWindowDays: number
  numericThreshold: number
}

function periodSchema(t: TFunction<'admin'>) {
  const required = t('form.required')
  const day = z.nullable(z.string())
  return z
    .object({
      name: z.string().check(z.trim(), z.minLength(1, required)),
      year: z.number().check(z.refine((v) => Number.isInteger(v) && v >= 2000 && v <= 2100, t('period.yearRange'))),
      scoringMethod: z.enum(['PERMENPAN_2022', 'NUMERIC_2011']),
      startsOn: day.check(z.refine((v) => !!v, required)),
      endsOn: day.check(z.refine((v) => !!v, required)),
      planDeadline: day,
      appraisalDeadline: day,
      objectionWindowDays: z.number().check(z.refine((v) => Number.isInteger(v) && v >= 1, t('period.windowMin'))),
      numericThreshold: z.number().check(z.refine((v) => !Number.isNaN(v) && v >= 0 && v <= 120, t('period.thresholdRange'))),
    })
    .check(z.refine((v) => !v.startsOn || !v.endsOn || v.endsOn >= v.startsOn, { path: ['endsOn'], error: t('period.endsBeforeStart') }))
}

type PeriodValues = z.infer<ReturnType<typeof periodSchema>>

/** The first and last day of the period are calendar days, stored at the start and the end of the day in UTC. */
const dayOf = (time: string | null | undefined) => (time ? time.slice(0, 10) : null)
const startOfDay = (day: string) => `${day}T00:00:00Z`
const lastSecondOf = (day: string) => `${day}T23:59:59Z`
/** A deadline ends at midnight in the agency's zone: its day is read, and its end written, there. */
const deadlineDayOf = (time: string | null | undefined, timeZone: string) => (time ? zonedDay(new Date(time), timeZone) : null)

interface PeriodFormProps {
  period?: PeriodFields
  onCancel: () => void
  onDone: (id: string) => void
}

/** PeriodForm creates or changes a period: name, year, dates, scoring method, deadlines, objection window, numeric threshold. */
export function PeriodForm({ period, onCancel, onDone }: PeriodFormProps) {
  const { t } = useTranslation('admin')
  const { t: tc } = useTranslation()
  const schema = useMemo(() => periodSchema(t), [t])
  const { timeZone } = useZone()
  const year = new Date().getFullYear() + 1
  const form = useForm<PeriodValues>({
    resolver: zodResolver(schema),
    defaultValues: period
      ? {
          name: period.name,
          year: period.year,
          scoringMethod: period.scoringMethod,
          startsOn: dayOf(period.startsOn),
          endsOn: dayOf(period.endsOn),
          planDeadline: deadlineDayOf(period.planDeadline, timeZone),
          appraisalDeadline: deadlineDayOf(period.appraisalDeadline, timeZone),
          objectionWindowDays: period.objectionWindowDays,
          numericThreshold: period.numericThreshold,
        }
      : {
          name: t('period.defaultName', { year }),
          year,
          scoringMethod: 'PERMENPAN_2022',
          startsOn: `${year}-01-01`,
          endsOn: `${year}-12-31`,
          planDeadline: `${year}-01-31`,
          appraisalDeadline: `${year + 1}-01-31`,
          objectionWindowDays: 14,
          numericThreshold: 76,
        },
  })
  const [, create] = useMutation(CreatePeriodMutation)
  const [, update] = useMutation(UpdatePeriodMutation)
  const [formError, setFormError] = useState<string | null>(null)
  const methodOptions = scoringMethods.map((m) => ({ id: m, label: tc(`method.${m}`) }))

  const dateControl = (name: 'startsOn' | 'endsOn' | 'planDeadline' | 'appraisalDeadline', label: string, isRequired?: boolean) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field, fieldState }) => (
        <DateField label={label} value={field.value} onChange={field.onChange} errorMessage={fieldState.error?.message} isRequired={isRequired} />
      )}
    />
  )

  return (
    <form
      className="form period-form"
      noValidate
      onSubmit={form.handleSubmit(async (v) => {
        setFormError(null)
        const base = {
          name: v.name.trim(),
          year: v.year,
          scoringMethod: v.scoringMethod,
          startsOn: startOfDay(v.startsOn ?? ''),
          endsOn: lastSecondOf(v.endsOn ?? ''),
          objectionWindowDays: v.objectionWindowDays,
          numericThreshold: v.numericThreshold,
        }
        const r = period
          ? await update({
              id: period.id,
              input: {
                ...base,
                ...(v.planDeadline ? { planDeadline: endOfDay(v.planDeadline, timeZone) } : { clearPlanDeadline: true }),
                ...(v.appraisalDeadline ? { appraisalDeadline: endOfDay(v.appraisalDeadline, timeZone) } : { clearAppraisalDeadline: true }),
              },
            })
          : await create({
              input: {
                ...base,
                planDeadline: v.planDeadline ? endOfDay(v.planDeadline, timeZone) : undefined,
                appraisalDeadline: v.appraisalDeadline ? endOfDay(v.appraisalDeadline, timeZone) : undefined,
              },
            })
        if (r.error) {
          setFormError(applyServerErrors(r.error, form, { fallback: tc('errors.actionFailed') }))
          return
        }
        const id = r.data && ('createPeriod' in r.data ? r.data.createPeriod.id : r.data.updatePeriod.id)
        notify(period ? t('period.saved') : t('period.created'))
        onDone(id ?? '')
      })}
    >
      <TextFieldControl control={form.control} name="name" label={t('period.name')} isRequired autoComplete="off" />
      <NumberFieldControl control={form.control} name="year" label={t('period.year')} isRequired />
      <SelectControl
        control={form.control}
        name="scoringMethod"
        label={t('period.scoringMethod')}
        options={methodOptions}
        description={t('period.methodHint')}
        isRequired
      />
      {dateControl('startsOn', t('period.startsOn'), true)}
      {dateControl('endsOn', t('period.endsOn'), true)}
      {dateControl('planDeadline', t('period.planDeadline'))}
      {dateControl('appraisalDeadline', t('period.appraisalDeadline'))}
      <NumberFieldControl
        control={form.control}
        name="objectionWindowDays"
        label={t('period.objectionWindow')}
        description={t('period.objectionHint')}
        minValue={1}
        isRequired
      />
      <NumberFieldControl
        control={form.control}
        name="numericThreshold"
        label={t('period.numericThreshold')}
        description={t('period.thresholdHint')}
        isRequired
      />
      <FormAlert message={formError} />
      <DialogFormActions submitLabel={period ? t('period.save') : t('period.create')} isSubmitting={form.formState.isSubmitting} onCancel={onCancel} />
    </form>
  )
}
