import { zodResolver } from '@hookform/resolvers/zod'
import { useMemo, useState } from 'react'
import { useFieldArray, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { FormAlert } from '@/components/form/form-alert'
import { NumberFieldControl } from '@/components/form/number-field'
import { ComboBoxControl, SelectControl } from '@/components/form/select-field'
import { TextFieldControl } from '@/components/form/text-field'
import { Button } from '@/components/ui/button'
import type { Option } from '@/components/ui/select'
import { aspects, emptyIndicator, targetKinds, targetSchema, type TargetValues } from './target-schema'

interface TargetFormProps {
  /** The supervisor's targets this one may support (Plan.supportableTargets). */
  supportable: Option[]
  defaultValues?: TargetValues
  submitLabel: string
  /** Saves; resolves to the server's error message for the form, or null when saved. */
  onSave: (values: TargetValues, form: ReturnType<typeof useForm<TargetValues>>) => Promise<string | null>
  onCancel: () => void
}

/** TargetForm edits one planned result (RHK) and its indicators (IKI). */
export function TargetForm({ supportable, defaultValues, submitLabel, onSave, onCancel }: TargetFormProps) {
  const { t } = useTranslation()
  const schema = useMemo(() => targetSchema(t), [t])
  const form = useForm<TargetValues>({
    resolver: zodResolver(schema),
    defaultValues: defaultValues ?? { kind: 'MAIN', title: '', parentID: null, indicators: [emptyIndicator()] },
  })
  const { control, handleSubmit, formState } = form
  const indicators = useFieldArray({ control, name: 'indicators' })
  const [formError, setFormError] = useState<string | null>(null)

  const kindOptions = targetKinds.map((k) => ({ id: k, label: t(`targetKind.${k}`) }))
  const aspectOptions = aspects.map((a) => ({ id: a, label: t(`aspect.${a}`) }))

  return (
    <form
      className="form target-form"
      noValidate
      onSubmit={handleSubmit(async (values) => {
        setFormError(null)
        setFormError(await onSave(values, form))
      })}
    >
      <div className="form-row">
        <SelectControl control={control} name="kind" label={t('plan.kind')} options={kindOptions} isRequired />
        <TextFieldControl control={control} name="title" label={t('plan.targetTitle')} isRequired multiline className="grow" />
      </div>
      <ComboBoxControl
        control={control}
        name="parentID"
        label={t('plan.parent')}
        options={supportable}
        emptyText={t('plan.parentNone')}
        description={supportable.length === 0 ? t('plan.parentUnavailable') : t('plan.parentHint')}
      />
      <fieldset className="indicators">
        <legend>{t('plan.indicators')}</legend>
        {formState.errors.indicators?.root?.message || formState.errors.indicators?.message ? (
          <p className="hint hint-error" role="alert">
            {formState.errors.indicators?.root?.message ?? formState.errors.indicators?.message}
          </p>
        ) : null}
        {indicators.fields.map((field, i) => (
          <div key={field.id} className="indicator-row" role="group" aria-label={t('plan.indicatorN', { n: i + 1 })}>
            <TextFieldControl control={control} name={`indicators.${i}.description`} label={t('plan.indicatorDescription')} isRequired className="grow" />
            <SelectControl control={control} name={`indicators.${i}.aspect`} label={t('plan.aspect')} options={aspectOptions} isRequired />
            <NumberFieldControl control={control} name={`indicators.${i}.targetValue`} label={t('plan.targetValue')} isRequired minValue={0} />
            <TextFieldControl control={control} name={`indicators.${i}.unit`} label={t('plan.unit')} isRequired description={t('plan.unitHint')} />
            {indicators.fields.length > 1 && (
              <Button variant="link" onPress={() => indicators.remove(i)} aria-label={t('plan.removeIndicatorN', { n: i + 1 })}>
                {t('plan.removeIndicator')}
              </Button>
            )}
          </div>
        ))}
        <Button variant="secondary" onPress={() => indicators.append(emptyIndicator())}>
          {t('plan.addIndicator')}
        </Button>
      </fieldset>
      <FormAlert message={formError} />
      <div className="form-actions">
        <Button type="submit" variant="primary" isPending={formState.isSubmitting}>
          {submitLabel}
        </Button>
        <Button variant="secondary" onPress={onCancel} isDisabled={formState.isSubmitting}>
          {t('app.cancel')}
        </Button>
      </div>
    </form>
  )
}
