import { zodResolver } from '@hookform/resolvers/zod'
import { useMemo, useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { useMutation, useQuery } from 'urql'
import { AppraisalResultFragment, criterionName } from '@/components/appraisal/appraisal-result'
import { FormAlert } from '@/components/form/form-alert'
import { NumberFieldControl } from '@/components/form/number-field'
import { RatingFieldControl } from '@/components/form/rating-field'
import { TextFieldControl } from '@/components/form/text-field'
import { RealizedOf } from '@/components/plan/realized-of'
import { Button } from '@/components/ui/button'
import { ConfirmButton } from '@/components/ui/dialog'
import { Fact } from '@/components/ui/fact'
import { StatusBadge } from '@/components/ui/status-badge'
import { notify } from '@/components/ui/toast'
import { type FragmentType, graphql, useFragment } from '@/gql'
import type { AppraisalFormQuery as FormQueryResult, Rating } from '@/gql/graphql'
import { useFormat } from '@/lib/format'
import { applyServerErrors, errorMessage } from '@/lib/graphql-errors'
import { usePredikatRule } from '@/lib/predikat-matrix'
import { useDebouncedValue } from '@/lib/use-debounced-value'
import { useLastDefined } from '@/lib/use-last-defined'
import { AppraisalPreviewQuery, RateAppraisalMutation, SubmitAppraisalMutation } from '../api/team-documents'
import { appraisalSchema, type AppraisalValues, formField, toRateInput } from './appraisal-schema'

export const AppraisalFormFragment = graphql(`
  fragment AppraisalForm_appraisal on Appraisal {
    id
    status
    suggestedResultRating
    suggestedBehaviourRating
    releasedAt
    objectionDeadline
    ...AppraisalSubject_appraisal
    ...AppraisalResult_appraisal
    ...PredikatRule_appraisal
    plan {
      id
      employee {
        id
        name
      }
      period {
        id
        scoringMethod
      }
      targets {
        id
        kind
        title
        indicators {
          id
          description
          aspect
          ...RealizedOf_indicator
        }
      }
    }
    objections {
      id
      status
      ...ObjectionHistory_objection
    }
  }
`)

export type Criterion = NonNullable<NonNullable<NonNullable<FormQueryResult['criteria']['edges']>[number]>['node']>

/** How long the ratings must rest before the server is asked for a preview. */
const previewDelay = 350

function Suggestion({ chosen, suggested }: { chosen: Rating | null | undefined; suggested: Rating | null | undefined }) {
  const { t } = useTranslation()
  if (!suggested) return <span className="muted">{t('appraisal.noSuggestion')}</span>
  return (
    <>
      {t(`rating.${suggested}`)}
      {chosen && chosen !== suggested && <span className="override-mark"> — {t('appraisal.overridden')}</span>}
    </>
  )
}

interface AppraisalFormProps {
  appraisal: FragmentType<typeof AppraisalFormFragment>
  criteria: Criterion[]
  /** onReleased reloads the page's answer once the appraisal is released, so it shows the released state. */
  onReleased?: () => void
}

/**
 * AppraisalForm is the appraiser's draft: a rating and note per target and
 * per behaviour criterion (values under NUMERIC_2011), the two overall
 * ratings with the server's suggestions, and the predikat as it stands —
 * read from the period's matrix (2022) or from the server's preview
 * (2011), never computed here.
 */
export function AppraisalForm(props: AppraisalFormProps) {
  const { t, i18n } = useTranslation()
  const f = useFormat()
  const a = useFragment(AppraisalFormFragment, props.appraisal)
  const saved = useFragment(AppraisalResultFragment, a)
  const rule = usePredikatRule(a)
  const numeric = rule.numeric
  const targets = a.plan.targets ?? []
  const criteria = props.criteria.filter((c) => c.framework === (numeric ? 'PP46' : 'BERAKHLAK'))
  const schema = useMemo(() => appraisalSchema({ range: t('form.range0to100') }), [t])

  // The form starts from the saved draft; later saves do not reset what is being typed
  // (another appraisal is another form: the page keys it by the appraisal's id).
  const [defaultValues] = useState<AppraisalValues>(() => {
    const scores = saved.scores ?? []
    return {
      resultRating: saved.resultRating ?? null,
      behaviourRating: saved.behaviourRating ?? null,
      note: saved.note ?? '',
      targets: targets.map((tg) => {
        const s = scores.find((x) => x.target?.id === tg.id)
        return { targetID: tg.id, rating: s?.rating ?? null, note: s?.note ?? '' }
      }),
      behaviours: criteria.map((c) => {
        const s = scores.find((x) => x.criterion?.code === c.code)
        return { criterionCode: c.code, rating: s?.rating ?? null, value: s?.value ?? Number.NaN, note: s?.note ?? '' }
      }),
    }
  })

  const form = useForm<AppraisalValues>({ resolver: zodResolver(schema), defaultValues })
  const { control, handleSubmit, formState, getValues, trigger } = form
  const values = useWatch({ control }) as AppraisalValues
  const [formError, setFormError] = useState<string | null>(null)
  const [saveState, rate] = useMutation(RateAppraisalMutation)
  const [submitState, submit] = useMutation(SubmitAppraisalMutation)

  const { input } = toRateInput(values, numeric)
  const previewInput = useDebouncedValue(JSON.stringify(input), previewDelay)
  const [preview] = useQuery({
    query: AppraisalPreviewQuery,
    variables: { id: a.id, input: JSON.parse(previewInput) as typeof input },
  })
  // While a newer preview loads, keep showing the last one instead of blanking the panel.
  const p = useLastDefined(preview.data?.appraisalPreview)
  const predikat = numeric ? (p?.predikat ?? null) : rule.lookup(values.resultRating, values.behaviourRating)

  async function save(): Promise<boolean> {
    setFormError(null)
    const { input: rateInput, paths } = toRateInput(getValues(), numeric)
    const r = await rate({ id: a.id, input: rateInput })
    if (r.error) {
      setFormError(applyServerErrors(r.error, form, { fieldName: formField(paths), fallback: t('errors.actionFailed') }))
      return false
    }
    return true
  }

  return (
    <form
      className="form appraisal-form"
      noValidate
      aria-label={t('appraisal.formLabel')}
      onSubmit={handleSubmit(async () => {
        if (await save()) notify(t('appraisal.saved'))
      })}
    >
      <div className="appraisal-layout">
        <div className="appraisal-fields">
          <section className="card" aria-labelledby="targets-rate">
            <h2 id="targets-rate">{t('appraisal.resultDetail')}</h2>
            {numeric && <p className="hint">{t('appraisal.numericTargetsHint')}</p>}
            {targets.map((tg, i) => (
              <fieldset key={tg.id} className="rate-item">
                <legend>
                  {i + 1}. {tg.title} <span className={`kind-badge kind-${tg.kind.toLowerCase()}`}>{t(`targetKind.${tg.kind}`)}</span>
                </legend>
                <ul className="indicator-list">
                  {(tg.indicators ?? []).map((ind) => (
                    <li key={ind.id}>
                      <span className="indicator-description">{ind.description}</span>
                      <span className="indicator-meta">
                        {t(`aspect.${ind.aspect}`)} · <RealizedOf indicator={ind} />
                      </span>
                    </li>
                  ))}
                </ul>
                {!numeric && <RatingFieldControl control={control} name={`targets.${i}.rating`} label={t('appraisal.ratingOf', { name: tg.title })} compact />}
                <TextFieldControl control={control} name={`targets.${i}.note`} label={t('appraisal.noteOf', { name: tg.title })} multiline />
              </fieldset>
            ))}
          </section>

          <section className="card" aria-labelledby="behaviour-rate">
            <h2 id="behaviour-rate">{t('appraisal.behaviourDetail')}</h2>
            {criteria.map((c, i) => {
              const name = criterionName(c, i18n.language)
              return (
                <fieldset key={c.code} className="rate-item">
                  <legend>{name}</legend>
                  {c.description && <p className="hint">{c.description}</p>}
                  {numeric ? (
                    <NumberFieldControl
                      control={control}
                      name={`behaviours.${i}.value`}
                      label={t('appraisal.valueOf', { name })}
                      minValue={0}
                      maxValue={100}
                      description={t('appraisal.valueHint')}
                    />
                  ) : (
                    <RatingFieldControl control={control} name={`behaviours.${i}.rating`} label={t('appraisal.ratingOf', { name })} compact />
                  )}
                  <TextFieldControl control={control} name={`behaviours.${i}.note`} label={t('appraisal.noteOf', { name })} multiline />
                </fieldset>
              )
            })}
          </section>

          <section className="card" aria-labelledby="overall-rate">
            <h2 id="overall-rate">{t('appraisal.overall')}</h2>
            {!numeric && (
              <>
                <RatingFieldControl control={control} name="resultRating" label={t('appraisal.resultRating')} suggested={p?.suggestedResultRating} />
                <RatingFieldControl control={control} name="behaviourRating" label={t('appraisal.behaviourRating')} suggested={p?.suggestedBehaviourRating} />
              </>
            )}
            <TextFieldControl control={control} name="note" label={t('appraisal.note')} description={t('appraisal.noteHint')} multiline />
          </section>
        </div>

        <aside className="appraisal-preview card" aria-labelledby="preview-title">
          <h2 id="preview-title">{t('appraisal.preview')}</h2>
          <dl className="facts">
            <Fact label={t('appraisal.predikat')}>
              <output className="live-predikat" aria-live="polite" data-testid="live-predikat">
                {predikat ? (
                  <StatusBadge kind="predikat" value={predikat} />
                ) : (
                  <span className="muted">{numeric ? t('appraisal.predikatNumericPending') : t('appraisal.predikatPending')}</span>
                )}
              </output>
            </Fact>
            {p?.score != null && <Fact label={numeric ? t('appraisal.score') : t('appraisal.adviceScore')}>{f.number(p.score, 2)}</Fact>}
            {!numeric && (
              <>
                <Fact label={t('appraisal.suggestedResult')}>
                  <Suggestion chosen={values.resultRating} suggested={p?.suggestedResultRating} />
                </Fact>
                <Fact label={t('appraisal.suggestedBehaviour')}>
                  <Suggestion chosen={values.behaviourRating} suggested={p?.suggestedBehaviourRating} />
                </Fact>
              </>
            )}
          </dl>
          {preview.fetching && <p className="hint">{t('appraisal.previewUpdating')}</p>}
          {preview.error && <p className="hint hint-error">{errorMessage(preview.error, t('appraisal.previewFailed'))}</p>}
          {p?.deviates && (
            <div className="notice notice-warning" role="note">
              <p className="notice-title">{t('appraisal.curveWarning')}</p>
              {p.curveWarning && <p>{p.curveWarning}</p>}
            </div>
          )}
          <p className="hint">{numeric ? t('appraisal.previewHintNumeric') : t('appraisal.previewHint')}</p>
        </aside>
      </div>

      <FormAlert message={formError} />
      <div className="form-actions sticky-actions">
        <Button type="submit" variant="secondary" isPending={formState.isSubmitting || saveState.fetching}>
          {t('appraisal.saveDraft')}
        </Button>
        <ConfirmButton
          label={t('appraisal.release')}
          title={t('appraisal.releaseTitle')}
          description={t('appraisal.releaseBody', { name: a.plan.employee.name })}
          confirmLabel={t('appraisal.releaseConfirm')}
          isDisabled={submitState.fetching || saveState.fetching}
          onConfirm={async () => {
            if (!(await trigger())) return
            if (!(await save())) return
            const r = await submit({ id: a.id })
            if (r.error) {
              setFormError(applyServerErrors(r.error, form, { fallback: t('errors.actionFailed') }))
              return
            }
            notify(t('appraisal.released', { name: a.plan.employee.name }))
            props.onReleased?.()
          }}
        />
      </div>
    </form>
  )
}
