import { zodResolver } from '@hookform/resolvers/zod'
import { useMemo, useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { useMutation } from 'urql'
import { FormAlert } from '@/components/form/form-alert'
import { SelectControl } from '@/components/form/select-field'
import { TextFieldControl } from '@/components/form/text-field'
import { Button } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { notify } from '@/components/ui/toast'
import { type FragmentType, graphql, useFragment } from '@/gql'
import { useFormat } from '@/lib/format'
import { applyServerErrors } from '@/lib/graphql-errors'
import { aboutPeriod, feedbackSchema, type FeedbackValues, maxFeedback } from './feedback-schema'

export const FeedbackThreadFragment = graphql(`
  fragment FeedbackThread_plan on Plan {
    id
    period {
      id
      phase
    }
    targets {
      id
      title
    }
    feedback {
      id
      createdAt
      text
      author {
        id
        name
      }
      target {
        id
        title
      }
    }
  }
`)

/**
 * A remark for the thread. The answer names the plan, so the client's cache
 * fetches again every page that shows it, and the new remark appears in the list.
 */
export const GiveFeedbackMutation = graphql(`
  mutation GiveFeedback($input: GiveFeedbackInput!) {
    giveFeedback(input: $input) {
      id
      createdAt
      text
      plan {
        id
      }
    }
  }
`)

interface FeedbackFormProps {
  planID: string
  targets: { id: string; title: string }[]
}

/** FeedbackForm adds a remark on one of the plan's targets or on the period as a whole. */
function FeedbackForm({ planID, targets }: FeedbackFormProps) {
  const { t } = useTranslation('plans')
  const { t: tc } = useTranslation()
  const schema = useMemo(() => feedbackSchema({ required: t('feedback.required'), tooLong: t('feedback.tooLong', { max: maxFeedback }) }), [t])
  const form = useForm<FeedbackValues>({ resolver: zodResolver(schema), defaultValues: { text: '', about: aboutPeriod } })
  const [, give] = useMutation(GiveFeedbackMutation)
  const [formError, setFormError] = useState<string | null>(null)
  const options = [{ id: aboutPeriod, label: t('feedback.period') }, ...targets.map((tg) => ({ id: tg.id, label: tg.title }))]
  return (
    <form
      className="form"
      noValidate
      aria-label={t('feedback.formLabel')}
      onSubmit={form.handleSubmit(async (values) => {
        setFormError(null)
        const targetID = values.about === aboutPeriod ? null : values.about
        const r = await give({ input: { planID, targetID, text: values.text.trim() } })
        if (r.error) {
          setFormError(applyServerErrors(r.error, form, { fallback: tc('errors.actionFailed') }))
          return
        }
        notify(t('feedback.done'))
        form.reset({ text: '', about: values.about })
      })}
    >
      <TextFieldControl control={form.control} name="text" label={t('feedback.text')} description={t('feedback.textHint')} isRequired multiline />
      {targets.length > 0 && <SelectControl control={form.control} name="about" label={t('feedback.about')} options={options} />}
      <FormAlert message={formError} />
      <div className="form-actions">
        <Button type="submit" variant="primary" isPending={form.formState.isSubmitting}>
          {t('feedback.submit')}
        </Button>
      </div>
    </form>
  )
}

interface FeedbackThreadProps {
  plan: FragmentType<typeof FeedbackThreadFragment>
  /** The viewer is the plan's employee or its appraiser, the two who may give feedback. */
  canGive: boolean
}

/**
 * FeedbackThread is a plan's umpan balik: the dated remarks of the employee
 * and the appraiser, oldest first, and the form for a new one until the
 * period is closed.
 */
export function FeedbackThread({ plan, canGive }: FeedbackThreadProps) {
  const { t } = useTranslation('plans')
  const f = useFormat()
  const p = useFragment(FeedbackThreadFragment, plan)
  const feedback = p.feedback ?? []
  const closed = p.period.phase === 'CLOSED'
  const headingID = `feedback-${p.id}`
  return (
    <section className="card" aria-labelledby={headingID}>
      <h2 id={headingID}>{t('feedback.title')}</h2>
      <p className="hint">{t('feedback.intro')}</p>
      {feedback.length === 0 ? (
        <EmptyState>{t('feedback.empty')}</EmptyState>
      ) : (
        <ol className="timeline" aria-label={t('feedback.title')}>
          {feedback.map((fb) => (
            <li key={fb.id} className="timeline-item">
              <p className="timeline-head">
                <time dateTime={fb.createdAt}>{f.dateTime(fb.createdAt)}</time> · <strong>{fb.author.name}</strong>{' '}
                <span className="muted">{fb.target ? t('feedback.onTarget', { title: fb.target.title }) : t('feedback.onPeriod')}</span>
              </p>
              <blockquote className="quote">{fb.text}</blockquote>
            </li>
          ))}
        </ol>
      )}
      {canGive && (closed ? <p className="hint">{t('feedback.closed')}</p> : <FeedbackForm planID={p.id} targets={p.targets ?? []} />)}
    </section>
  )
}
