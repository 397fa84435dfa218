import { useState } from 'react'
import type { UseFormReturn } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { useMutation } from 'urql'
import { FormAlert } from '@/components/form/form-alert'
import { FeedbackThread } from '@/components/plan/feedback-thread'
import { TargetCard, TargetCardFragment } from '@/components/plan/target-card'
import { Button } from '@/components/ui/button'
import { ConfirmButton, FormDialog } from '@/components/ui/dialog'
import { EmptyState } from '@/components/ui/empty-state'
import { Fact } from '@/components/ui/fact'
import type { Option } from '@/components/ui/select'
import { StatusBadge } from '@/components/ui/status-badge'
import { notify } from '@/components/ui/toast'
import { type FragmentType, graphql, useFragment } from '@/gql'
import { actingName } from '@/lib/acting'
import { useFormat } from '@/lib/format'
import { applyServerErrors, errorMessage } from '@/lib/graphql-errors'
import { AddTargetMutation, RemoveTargetMutation, SubmitPlanMutation, UpdateTargetMutation } from '../api/plan-documents'
import { EscalatePlanForm } from './escalate-plan-form'
import { TargetForm } from './target-form'
import type { TargetValues } from './target-schema'

export const PlanEditorFragment = graphql(`
  fragment PlanEditor_plan on Plan {
    id
    status
    note
    submittedAt
    agreedAt
    returnCount
    escalationReason
    escalatedAt
    period {
      id
      name
      year
      phase
    }
    appraiser {
      id
      name
    }
    appraiserActing
    targets {
      id
      ...TargetCard_target
    }
    supportableTargets {
      id
      title
      kind
    }
    ...FeedbackThread_plan
  }
`)

/** useTargetDefaults turns a target into the values of the target form. */
function useTargetDefaults(target: FragmentType<typeof TargetCardFragment>): TargetValues {
  const data = useFragment(TargetCardFragment, target)
  return {
    kind: data.kind,
    title: data.title,
    parentID: data.parent?.id ?? null,
    indicators: (data.indicators ?? []).map((i) => ({
      description: i.description,
      aspect: i.aspect,
      targetValue: i.targetValue,
      unit: i.unit,
    })),
  }
}

type SaveTarget = (values: TargetValues, form: UseFormReturn<TargetValues>) => Promise<string | null>

function TargetItem(props: {
  target: FragmentType<typeof TargetCardFragment>
  id: string
  index: number
  editable: boolean
  supportable: Option[]
  editing: boolean
  onEdit: (on: boolean) => void
  onRemoved: (error: string | null) => void
}) {
  const { t } = useTranslation()
  const defaults = useTargetDefaults(props.target)
  const [, updateTarget] = useMutation(UpdateTargetMutation)
  const [removeState, removeTarget] = useMutation(RemoveTargetMutation)

  const save: SaveTarget = async (values, form) => {
    const indicatorsChanged = JSON.stringify(values.indicators) !== JSON.stringify(defaults.indicators)
    const r = await updateTarget({
      id: props.id,
      input: {
        kind: values.kind,
        title: values.title.trim(),
        ...(values.parentID ? { parentID: values.parentID } : defaults.parentID ? { clearParent: true } : {}),
        ...(indicatorsChanged ? { indicators: values.indicators } : {}),
      },
    })
    if (r.error) return applyServerErrors(r.error, form, { fallback: t('errors.actionFailed') })
    notify(t('plan.targetSaved'))
    props.onEdit(false)
    return null
  }

  if (props.editing) {
    return (
      <div className="target-card is-editing">
        <h3>{t('plan.editTarget', { n: props.index + 1 })}</h3>
        <TargetForm
          supportable={props.supportable}
          defaultValues={defaults}
          submitLabel={t('plan.saveTarget')}
          onSave={save}
          onCancel={() => props.onEdit(false)}
        />
      </div>
    )
  }
  return (
    <TargetCard
      target={props.target}
      index={props.index}
      actions={
        props.editable && (
          <>
            <Button variant="secondary" onPress={() => props.onEdit(true)} aria-label={t('plan.editTargetN', { n: props.index + 1 })}>
              {t('app.edit')}
            </Button>
            <ConfirmButton
              label={t('app.remove')}
              variant="danger"
              title={t('plan.removeTitle')}
              description={t('plan.removeBody', { title: defaults.title })}
              confirmLabel={t('app.remove')}
              isDisabled={removeState.fetching}
              onConfirm={async () => {
                const r = await removeTarget({ id: props.id })
                if (r.error) {
                  props.onRemoved(errorMessage(r.error, t('errors.actionFailed')))
                  return
                }
                props.onRemoved(null)
                notify(t('plan.targetRemoved'))
              }}
            />
          </>
        )
      }
    />
  )
}

/** PlanEditor shows the viewer's SKP; while draft or returned it can be edited and submitted. */
export function PlanEditor(props: { plan: FragmentType<typeof PlanEditorFragment> }) {
  const { t } = useTranslation()
  const { t: tp } = useTranslation('plans')
  const { t: ta } = useTranslation('acting')
  const f = useFormat()
  const plan = useFragment(PlanEditorFragment, props.plan)
  // "Plt. <name>" when the appraiser acted as Plt./Plh. when the plan started.
  const appraiserName = plan.appraiser && actingName(ta, plan.appraiser.name, plan.appraiserActing)
  const [editing, setEditing] = useState<string | null>(null)
  const [actionError, setActionError] = useState<string | null>(null)
  const [, addTarget] = useMutation(AddTargetMutation)
  const [submitState, submitPlan] = useMutation(SubmitPlanMutation)

  const editable = (plan.status === 'DRAFT' || plan.status === 'RETURNED') && plan.period.phase !== 'CLOSED'
  // After two returns the employee may ask the appraiser's superior to settle the plan (escalatePlan).
  const escalatable = editable && plan.status === 'RETURNED' && plan.returnCount >= 2
  const targets = plan.targets ?? []
  const supportable: Option[] = plan.supportableTargets.map((s) => ({
    id: s.id,
    label: s.title,
    description: t(`targetKind.${s.kind}`),
  }))

  const add: SaveTarget = async (values, form) => {
    const r = await addTarget({
      planID: plan.id,
      input: { kind: values.kind, title: values.title.trim(), parentID: values.parentID, indicators: values.indicators },
    })
    if (r.error) return applyServerErrors(r.error, form, { fallback: t('errors.actionFailed') })
    notify(t('plan.targetAdded'))
    setEditing(null)
    return null
  }

  return (
    <div className="plan-editor">
      <div className="plan-status card">
        <dl className="facts">
          <Fact label={t('plan.status')}>
            <StatusBadge kind="plan" value={plan.status} />
          </Fact>
          <Fact label={t('plan.appraiser')}>{appraiserName ?? t('plan.noAppraiser')}</Fact>
          {plan.submittedAt && <Fact label={t('plan.submittedAt')}>{f.dateTime(plan.submittedAt)}</Fact>}
        </dl>
        <p>
          <a className="button button-secondary" href={`/print/plans/${plan.id}`} target="_blank" rel="noopener">
            {tp('print')}
          </a>
        </p>
        {plan.status === 'RETURNED' && (
          <div className="notice notice-warning" role="note">
            <p className="notice-title">{t('plan.returnedTitle', { name: appraiserName ?? '' })}</p>
            {plan.note && <blockquote className="quote">{plan.note}</blockquote>}
            <p>{t('plan.returnedHint')}</p>
          </div>
        )}
        {escalatable && (
          <section className="notice notice-info" aria-labelledby="escalate-title">
            <h2 id="escalate-title" className="notice-title">
              {tp('escalate.offerTitle')}
            </h2>
            <p>{tp('escalate.offer', { count: plan.returnCount, name: appraiserName ?? t('plan.noAppraiser') })}</p>
            <div className="form-actions">
              <FormDialog label={tp('escalate.action')} title={tp('escalate.action')}>
                {(close) => <EscalatePlanForm planID={plan.id} onDone={close} />}
              </FormDialog>
            </div>
          </section>
        )}
        {plan.status === 'ESCALATED' && (
          <div className="notice notice-info" role="note">
            <p className="notice-title">{tp('escalate.waitingTitle')}</p>
            <p>{tp('escalate.waiting', { date: f.dateTime(plan.escalatedAt) })}</p>
            {plan.escalationReason && (
              <div className="quote-block">
                <p className="quote-label">{tp('escalate.yourReason')}</p>
                <blockquote className="quote">{plan.escalationReason}</blockquote>
              </div>
            )}
          </div>
        )}
        {plan.status === 'AGREED' && (
          <div className="notice notice-success" role="note">
            <p className="notice-title">{t('plan.agreedBy', { name: appraiserName ?? '', date: f.dateTime(plan.agreedAt) })}</p>
            {plan.note && <blockquote className="quote">{plan.note}</blockquote>}
            <p>{t('plan.agreedHint')}</p>
          </div>
        )}
        {plan.status === 'SUBMITTED' && (
          <p className="notice notice-info" role="note">
            {t('plan.submittedHint', { name: appraiserName ?? '' })}
          </p>
        )}
      </div>

      <section aria-labelledby="targets-title" className="targets">
        <div className="section-header">
          <h2 id="targets-title">{t('plan.targets', { count: targets.length })}</h2>
          {editable && editing !== 'new' && (
            <Button variant="secondary" onPress={() => setEditing('new')}>
              {t('plan.addTarget')}
            </Button>
          )}
        </div>
        {targets.length === 0 && editing !== 'new' && <EmptyState>{editable ? t('plan.noTargetsEditable') : t('plan.noTargets')}</EmptyState>}
        {targets.map((target, i) => (
          <TargetItem
            key={target.id}
            id={target.id}
            target={target}
            index={i}
            editable={editable}
            supportable={supportable}
            editing={editing === target.id}
            onEdit={(on) => setEditing(on ? target.id : null)}
            onRemoved={setActionError}
          />
        ))}
        {editing === 'new' && (
          <div className="target-card is-editing">
            <h3>{t('plan.newTarget')}</h3>
            <TargetForm supportable={supportable} submitLabel={t('plan.addTarget')} onSave={add} onCancel={() => setEditing(null)} />
          </div>
        )}
      </section>

      <FormAlert message={actionError} />
      {editable && (
        <div className="form-actions sticky-actions">
          <ConfirmButton
            label={plan.status === 'RETURNED' ? t('plan.resubmit') : t('plan.submit')}
            isDisabled={targets.length === 0 || editing !== null || submitState.fetching}
            title={t('plan.submitTitle')}
            description={t('plan.submitBody', { name: appraiserName ?? t('plan.noAppraiser') })}
            confirmLabel={t('plan.submitConfirm')}
            onConfirm={async () => {
              setActionError(null)
              const r = await submitPlan({ id: plan.id })
              if (r.error) {
                setActionError(errorMessage(r.error, t('errors.actionFailed')))
                return
              }
              notify(t('plan.submitted'))
            }}
          />
          {targets.length === 0 && <p className="hint">{t('plan.submitNeedsTargets')}</p>}
        </div>
      )}

      <FeedbackThread plan={plan} canGive />
    </div>
  )
}
