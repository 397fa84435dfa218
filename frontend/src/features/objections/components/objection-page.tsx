import { useState } from 'react'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { useQuery } from 'urql'
import { AppraisalResult } from '@/components/appraisal/appraisal-result'
import { AppraisalSubjectCard } from '@/components/appraisal/appraisal-subject'
import { ObjectionsCard } from '@/components/appraisal/objection-history'
import { Fact } from '@/components/ui/fact'
import { Page } from '@/components/ui/page'
import { NodeView } from '@/components/ui/query-view'
import type { ObjectionPageQuery as ObjectionPageData, ObjectionStatus } from '@/gql/graphql'
import { useFormat } from '@/lib/format'
import { ObjectionPageQuery } from '../api/objection-documents'
import { DecisionForm } from './decision-form'
import { ExplanationForm } from './explanation-form'

type Objection = Extract<NonNullable<ObjectionPageData['node']>, { __typename: 'Objection' }>

/** The viewer's part in the objection: the appraiser explains, the decider decides, anyone else reads. */
function roleOf(o: Objection, viewer: ObjectionPageData['viewer']): 'appraiser' | 'decider' | 'reader' {
  const me = viewer.employee?.id
  if (me && o.appraisal.appraiser?.id === me) return 'appraiser'
  // Without a decider fixed at filing, an HR admin decides.
  if (o.decider ? o.decider.id === me : viewer.can.decideObjections) return 'decider'
  return 'reader'
}

type Role = ReturnType<typeof roleOf>

/** The stages of an objection (PP 30/2019 art. 59): filed, explained by the appraiser, decided by the superior. */
const steps = ['filed', 'explanation', 'decision', 'decided'] as const
type Step = (typeof steps)[number]

/** stepOf is the stage the objection is at: what it waits for, or decided. */
function stepOf(status: ObjectionStatus): Step {
  switch (status) {
    case 'AWAITING_EXPLANATION':
      return 'explanation'
    case 'OPEN':
      return 'decision'
    case 'UPHELD':
    case 'REVISED':
      return 'decided'
  }
}

/** titleOf says what the page is for the viewer now: their own step, or what the objection waits for. */
function titleOf(t: TFunction, status: ObjectionStatus, role: Role, canDecide: boolean): string {
  switch (stepOf(status)) {
    case 'filed':
    case 'explanation':
      if (role === 'appraiser') return t('explain.title')
      if (role === 'decider' && canDecide) return t('decision.title')
      return t('objection.heading.awaitingExplanation')
    case 'decision':
      return role === 'decider' ? t('decision.title') : t('objection.heading.awaitingDecision')
    case 'decided':
      return t('objection.heading.decided')
  }
}

/** ObjectionSteps shows the stages of the objection, the current one marked. */
function ObjectionSteps({ status }: { status: ObjectionStatus }) {
  const { t } = useTranslation()
  const current = stepOf(status)
  const reached = steps.indexOf(current)
  return (
    <ol className="phase-steps" aria-label={t('objection.steps.label')}>
      {steps.map((step, i) => (
        <li key={step} className={step === current ? 'is-current' : i < reached ? 'is-done' : undefined} aria-current={step === current ? 'step' : undefined}>
          {step === 'decided' && current === 'decided' ? t(`status.objection.${status}`) : t(`objection.steps.${step}`)}
          {i < reached && <span className="visually-hidden"> ({t('objection.steps.done')})</span>}
        </li>
      ))}
    </ol>
  )
}

/** decidable says whether the decision can be made now: explained, or the time to explain has passed. */
function decidable(o: Objection, now: number): boolean {
  const due = o.explanationDue
  return o.status === 'OPEN' || (o.status === 'AWAITING_EXPLANATION' && (!due || new Date(due).getTime() <= now))
}

/**
 * ObjectionPage: the appraisal, the employee's reasons, the appraiser's
 * explanation and the superior's decision. The appraiser explains here; the
 * decider decides once the appraiser has explained or the time to explain
 * has passed.
 */
export function ObjectionPage() {
  const { t } = useTranslation()
  const f = useFormat()
  const { objectionId = '' } = useParams()
  const [result, reexecute] = useQuery({ query: ObjectionPageQuery, variables: { id: objectionId } })
  // When the page was opened: whether the time to explain has passed.
  const [openedAt] = useState(() => Date.now())
  const node = result.data?.node?.__typename === 'Objection' ? result.data.node : null
  const role = node && result.data ? roleOf(node, result.data.viewer) : null
  let back: { to: string; label: string } | undefined
  if (node && role === 'appraiser') back = { to: `/tim/penilaian/${node.appraisal.id}`, label: t('explain.back') }
  else if (result.data?.viewer.can.decideObjections) back = { to: '/keberatan', label: t('decision.back') }
  else if (node && node.appraisal.plan.employee.id === result.data?.viewer.employee?.id)
    back = { to: `/penilaian/${node.appraisal.id}`, label: t('explain.back') }
  const title = node && role ? titleOf(t, node.status, role, decidable(node, openedAt)) : t('objection.title')
  return (
    <Page title={title} back={back}>
      <NodeView result={result} reexecute={reexecute} typename="Objection">
        {(o, data) => {
          const a = o.appraisal
          const viewerRole = roleOf(o, data.viewer)
          const awaiting = o.status === 'AWAITING_EXPLANATION'
          const due = o.explanationDue
          const dueDate = due ? f.deadline(due) : null
          const canDecide = decidable(o, openedAt)
          return (
            <>
              <ObjectionSteps status={o.status} />
              <AppraisalSubjectCard appraisal={a}>
                <Fact label={t('appraisal.appraiser')}>{a.appraiser?.name ?? '—'}</Fact>
                <Fact label={t('appraisal.releasedAt')}>{f.dateTime(a.releasedAt)}</Fact>
              </AppraisalSubjectCard>
              <ObjectionsCard objections={[o]} />
              <section className="card" aria-labelledby="o-appraisal">
                <h2 id="o-appraisal">{t('decision.appraisalAsReleased')}</h2>
                <AppraisalResult appraisal={a} />
              </section>
              {viewerRole === 'appraiser' && awaiting && (
                <section className="card" aria-labelledby="o-explain">
                  <h2 id="o-explain">{t('explain.formTitle')}</h2>
                  <p className="hint">{t('explain.intro')}</p>
                  {dueDate && <p className="hint">{t('explain.due', { date: dueDate })}</p>}
                  <ExplanationForm objectionID={o.id} />
                </section>
              )}
              {viewerRole === 'decider' && (o.status === 'OPEN' || awaiting) && (
                <section className="card" aria-labelledby="o-decide">
                  <h2 id="o-decide">{t('decision.formTitle')}</h2>
                  {canDecide ? (
                    <>
                      <p className="hint">{t('decision.intro')}</p>
                      {awaiting && dueDate && <p className="hint">{t('decision.unexplained', { date: dueDate })}</p>}
                      <DecisionForm objectionID={o.id} employeeName={a.plan.employee.name} appraisal={a} />
                    </>
                  ) : (
                    <p className="notice">{dueDate ? t('decision.waiting', { date: dueDate }) : t('decision.waitingUndated')}</p>
                  )}
                </section>
              )}
            </>
          )
        }}
      </NodeView>
    </Page>
  )
}
