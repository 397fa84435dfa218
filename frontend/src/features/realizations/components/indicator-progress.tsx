import { zodResolver } from '@hookform/resolvers/zod'
import { useMemo, useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { useMutation } from 'urql'
import { FormAlert } from '@/components/form/form-alert'
import { NumberFieldControl } from '@/components/form/number-field'
import { QuarterControl } from '@/components/form/quarter-field'
import { TextFieldControl } from '@/components/form/text-field'
import { Button } from '@/components/ui/button'
import { type Column, DataTable } from '@/components/ui/data-table'
import { Fact } from '@/components/ui/fact'
import { notify } from '@/components/ui/toast'
import { type FragmentType, graphql, useFragment } from '@/gql'
import { useFormat } from '@/lib/format'
import { applyServerErrors } from '@/lib/graphql-errors'
import { quarterOf } from '@/lib/quarter'
import { RecordRealizationMutation } from '../api/realization-documents'
import { realizationSchema, type RealizationValues } from './realization-schema'

export const RealizationIndicatorFragment = graphql(`
  fragment RealizationIndicator_indicator on Indicator {
    id
    description
    aspect
    targetValue
    unit
    yearTotal
    realizations {
      id
      quarter
      value
      evidence
      updatedAt
    }
  }
`)

type Record = { id: string; quarter: number; value: number; evidence: string; updatedAt: string }

function Evidence({ text }: { text: string }) {
  if (/^https?:\/\/\S+$/.test(text)) {
    return (
      <a href={text} target="_blank" rel="noopener noreferrer">
        {text}
      </a>
    )
  }
  return <>{text}</>
}

/** IndicatorProgress: the year so far of one indicator, its records per quarter, and the form to record one. */
export function IndicatorProgress(props: { indicator: FragmentType<typeof RealizationIndicatorFragment>; editable: boolean }) {
  const { t } = useTranslation()
  const f = useFormat()
  const ind = useFragment(RealizationIndicatorFragment, props.indicator)
  const records = [...(ind.realizations ?? [])].sort((a, b) => a.quarter - b.quarter)
  const schema = useMemo(() => realizationSchema(t), [t])
  const [open, setOpen] = useState(false)
  const [formError, setFormError] = useState<string | null>(null)
  const [, record] = useMutation(RecordRealizationMutation)
  const defaultQuarter = quarterOf(new Date(), f.zone.timeZone)
  const existing = (q: string) => records.find((r) => String(r.quarter) === q)
  const form = useForm<RealizationValues>({
    resolver: zodResolver(schema),
    defaultValues: {
      quarter: defaultQuarter,
      value: existing(defaultQuarter)?.value ?? Number.NaN,
      evidence: existing(defaultQuarter)?.evidence ?? '',
    },
  })

  const columns: Column<Record>[] = [
    { key: 'quarter', header: t('realization.quarter'), rowHeader: true, cell: (r) => t('realization.quarterN', { n: r.quarter }) },
    { key: 'value', header: t('realization.value'), cell: (r) => `${f.number(r.value)} ${ind.unit}` },
    { key: 'evidence', header: t('realization.evidence'), cell: (r) => <Evidence text={r.evidence} /> },
    { key: 'at', header: t('realization.recordedAt'), cell: (r) => f.dateTime(r.updatedAt) },
  ]

  return (
    <div className="indicator-progress">
      <div className="indicator-summary">
        <h4>{ind.description}</h4>
        <dl className="facts facts-inline">
          <Fact label={t('plan.aspect')}>{t(`aspect.${ind.aspect}`)}</Fact>
          <Fact label={t('plan.targetValue')}>
            {f.number(ind.targetValue)} {ind.unit}
          </Fact>
          <Fact label={t('realization.yearTotal')}>
            <strong>{ind.yearTotal === null || ind.yearTotal === undefined ? '—' : `${f.number(ind.yearTotal)} ${ind.unit}`}</strong>{' '}
            <span className="muted">({t(`realization.totalRule.${ind.aspect}`)})</span>
          </Fact>
        </dl>
      </div>
      {records.length > 0 ? (
        <DataTable caption={t('realization.recordsOf', { name: ind.description })} captionHidden columns={columns} rows={records} rowKey={(r) => r.id} />
      ) : (
        <p className="muted">{t('realization.noRecords')}</p>
      )}
      {props.editable && !open && (
        <Button variant="secondary" onPress={() => setOpen(true)} aria-label={t('realization.recordFor', { name: ind.description })}>
          {t('realization.record')}
        </Button>
      )}
      {props.editable && open && (
        <form
          className="form realization-form"
          noValidate
          aria-label={t('realization.recordFor', { name: ind.description })}
          onSubmit={form.handleSubmit(async (values) => {
            setFormError(null)
            const r = await record({
              indicatorID: ind.id,
              input: { quarter: Number(values.quarter), value: values.value, evidence: values.evidence.trim() },
            })
            if (r.error) {
              setFormError(applyServerErrors(r.error, form, { fallback: t('errors.actionFailed') }))
              return
            }
            notify(t('realization.recorded', { n: values.quarter }))
            setOpen(false)
          })}
        >
          <div className="form-row">
            <QuarterControl control={form.control} name="quarter" description={t('realization.quarterHint')} />
            <NumberFieldControl control={form.control} name="value" label={t('realization.valueIn', { unit: ind.unit })} isRequired minValue={0} />
          </div>
          <TextFieldControl
            control={form.control}
            name="evidence"
            label={t('realization.evidence')}
            description={t('realization.evidenceHint')}
            isRequired
            multiline
          />
          <FormAlert message={formError} />
          <div className="form-actions">
            <Button type="submit" variant="primary" isPending={form.formState.isSubmitting}>
              {t('realization.save')}
            </Button>
            <Button variant="secondary" onPress={() => setOpen(false)} isDisabled={form.formState.isSubmitting}>
              {t('app.cancel')}
            </Button>
          </div>
        </form>
      )}
    </div>
  )
}
