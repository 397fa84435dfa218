import { zodResolver } from '@hookform/resolvers/zod'
import { useMemo, useState } from 'react'
import { Controller, useForm, useWatch } from 'react-hook-form'
import { Label, Radio, RadioGroup } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { useMutation } from 'urql'
import { AppraisalResultFragment, criterionName } from '@/components/appraisal/appraisal-result'
import { FormAlert } from '@/components/form/form-alert'
import { NumberFieldControl } from '@/components/form/number-field'
import { RatingFieldControl } from '@/components/form/rating-field'
import { TextFieldControl } from '@/components/form/text-field'
import { ConfirmButton } from '@/components/ui/dialog'
import { StatusBadge } from '@/components/ui/status-badge'
import { notify } from '@/components/ui/toast'
import { type FragmentType, graphql, useFragment } from '@/gql'
import type { DecideObjectionInput } from '@/gql/graphql'
import { applyServerErrors } from '@/lib/graphql-errors'
import { usePredikatRule } from '@/lib/predikat-matrix'
import { DecideObjectionMutation } from '../api/objection-documents'
import { decisionSchema, type DecisionValues } from './decision-schema'

/** What the decision revises: the appraisal's result as released, and how its predikat is found. */
export const DecisionFormFragment = graphql(`
  fragment DecisionForm_appraisal on Appraisal {
    id
    ...AppraisalResult_appraisal
    ...PredikatRule_appraisal
  }
`)

interface DecisionFormProps {
  objectionID: string
  employeeName: string
  appraisal: FragmentType<typeof DecisionFormFragment>
}

/** DecisionForm: the superior upholds the appraisal or revises it, with the grounds; the decision is final. */
export function DecisionForm({ objectionID, employeeName, appraisal }: DecisionFormProps) {
  const { t, i18n } = useTranslation()
  const a = useFragment(DecisionFormFragment, appraisal)
  const current = useFragment(AppraisalResultFragment, a)
  const rule = usePredikatRule(a)
  const numeric = rule.numeric
  const behaviour = (current.scores ?? []).flatMap((s) =>
    s.criterion?.kind === 'BEHAVIOUR' ? [{ code: s.criterion.code, name: s.criterion.name, nameEn: s.criterion.nameEn, value: s.value }] : [],
  )
  const schema = useMemo(
    () => decisionSchema({ required: t('decision.noteRequired'), reviseNeeds: t('decision.reviseNeeds'), range: t('form.range0to100') }, numeric),
    [t, numeric],
  )
  const form = useForm<DecisionValues>({
    resolver: zodResolver(schema),
    defaultValues: {
      decision: 'UPHOLD',
      note: '',
      resultRating: null,
      behaviourRating: null,
      values: behaviour.map((b) => ({ criterionCode: b.code, value: Number.NaN })),
    },
  })
  const { control, trigger, getValues } = form
  const decision = useWatch({ control, name: 'decision' })
  const result = useWatch({ control, name: 'resultRating' })
  const behaviourRating = useWatch({ control, name: 'behaviourRating' })
  const [state, decide] = useMutation(DecideObjectionMutation)
  const [formError, setFormError] = useState<string | null>(null)
  const revisedPredikat = rule.lookup(result ?? current.resultRating, behaviourRating ?? current.behaviourRating)

  async function run(): Promise<boolean> {
    setFormError(null)
    if (!(await trigger())) return true // close the confirmation; the errors show on the fields
    const v = getValues()
    const input: DecideObjectionInput = { decision: v.decision, note: v.note.trim() }
    if (v.decision === 'REVISE') {
      if (!numeric) {
        if (v.resultRating) input.resultRating = v.resultRating
        if (v.behaviourRating) input.behaviourRating = v.behaviourRating
      } else {
        input.scores = v.values.filter((x) => !Number.isNaN(x.value)).map((x) => ({ criterionCode: x.criterionCode, value: x.value }))
      }
    }
    const r = await decide({ id: objectionID, input })
    if (r.error) {
      setFormError(applyServerErrors(r.error, form, { fallback: t('errors.actionFailed') }))
      return true
    }
    notify(t('decision.done'))
    return true
  }

  return (
    <form className="form" noValidate onSubmit={(e) => e.preventDefault()} aria-label={t('decision.formLabel')}>
      <Controller
        control={control}
        name="decision"
        render={({ field }) => (
          <RadioGroup className="field decision-choice" value={field.value} onChange={field.onChange} validationBehavior="aria">
            <Label>{t('decision.choice')}</Label>
            <Radio value="UPHOLD" className="choice-option">
              <strong>{t('decision.UPHOLD')}</strong> <span className="muted">{t('decision.upholdHint')}</span>
            </Radio>
            <Radio value="REVISE" className="choice-option">
              <strong>{t('decision.REVISE')}</strong> <span className="muted">{t('decision.reviseHint')}</span>
            </Radio>
          </RadioGroup>
        )}
      />
      {decision === 'REVISE' && !numeric && (
        <fieldset className="revise">
          <legend>{t('decision.revisedRatings')}</legend>
          <RatingFieldControl
            control={control}
            name="resultRating"
            label={t('appraisal.resultRating')}
            description={current.resultRating ? t('decision.was', { rating: t(`rating.${current.resultRating}`) }) : undefined}
          />
          <RatingFieldControl
            control={control}
            name="behaviourRating"
            label={t('appraisal.behaviourRating')}
            description={current.behaviourRating ? t('decision.was', { rating: t(`rating.${current.behaviourRating}`) }) : undefined}
          />
          <p>
            {t('decision.predikatWouldBe')}{' '}
            <output aria-live="polite">{revisedPredikat ? <StatusBadge kind="predikat" value={revisedPredikat} /> : '—'}</output>
          </p>
        </fieldset>
      )}
      {decision === 'REVISE' && numeric && (
        <fieldset className="revise">
          <legend>{t('decision.revisedValues')}</legend>
          {form.formState.errors.values?.message && (
            <p className="hint hint-error" role="alert">
              {form.formState.errors.values.message}
            </p>
          )}
          {behaviour.map((b, i) => (
            <NumberFieldControl
              key={b.code}
              control={control}
              name={`values.${i}.value`}
              label={criterionName(b, i18n.language)}
              minValue={0}
              maxValue={100}
              description={b.value != null ? t('decision.wasValue', { value: b.value }) : undefined}
            />
          ))}
          <p className="hint">{t('decision.numericHint')}</p>
        </fieldset>
      )}
      <TextFieldControl control={control} name="note" label={t('decision.note')} description={t('decision.noteHint')} isRequired multiline />
      <FormAlert message={formError} />
      <div className="form-actions">
        <ConfirmButton
          label={t('decision.submit')}
          title={t('decision.confirmTitle')}
          description={t(decision === 'REVISE' ? 'decision.confirmRevise' : 'decision.confirmUphold', { name: employeeName })}
          confirmLabel={t('decision.confirm')}
          isDisabled={state.fetching}
          onConfirm={run}
        />
      </div>
    </form>
  )
}
