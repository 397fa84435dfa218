import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { useQuery } from 'urql'
import { appraisalKindLabel } from '@/components/appraisal/appraisal-kind'
import { FeedbackThread } from '@/components/plan/feedback-thread'
import { RealizedOf } from '@/components/plan/realized-of'
import { TargetCard } from '@/components/plan/target-card'
import { FormDialog } from '@/components/ui/dialog'
import { EmptyState } from '@/components/ui/empty-state'
import { Fact } from '@/components/ui/fact'
import { Page } from '@/components/ui/page'
import { NodeView } from '@/components/ui/query-view'
import { StatusBadge } from '@/components/ui/status-badge'
import { Tabs } from '@/components/ui/tabs'
import type { InboxItemKind } from '@/gql/graphql'
import { useFormat } from '@/lib/format'
import { formatNip } from '@/lib/format-nip'
import { quarterOf } from '@/lib/quarter'
import { useSession } from '@/lib/session'
import { TeamPlanQuery } from '../api/team-documents'
import { ApprovePlanForm, ReturnPlanForm } from './plan-decision'
import { SettlePlanForm } from './settle-plan-form'
import { StartAppraisalForm } from './start-appraisal-form'

/**
 * TeamPlanPage: a subordinate's SKP to agree or return, its progress, and its
 * appraisals. It opens for whoever the API gives the plan to (the appraiser,
 * the appraiser's superior, HR); each sees only the actions the server lets
 * them take: the appraiser's own, and the tasks the inbox gives the viewer on
 * this plan (settling it, deciding an objection to one of its appraisals).
 */
export function TeamPlanPage() {
  const { t } = useTranslation()
  const { t: tp } = useTranslation('plans')
  const f = useFormat()
  const session = useSession()
  const { planId = '' } = useParams()
  const [result, reexecute] = useQuery({ query: TeamPlanQuery, variables: { id: planId } })
  const refresh = () => reexecute({ requestPolicy: 'network-only' })
  // The team list and the appraisal pages are for those with subordinates; anyone else goes back home.
  const hasTeam = session.status === 'signed-in' && session.viewer.can.appraise
  const back = hasTeam ? { to: '/tim', label: t('team.back') } : { to: '/', label: t('nav.home') }

  return (
    <Page title={t('team.planTitle')} back={back}>
      <NodeView result={result} reexecute={reexecute} typename="Plan">
        {(plan, data) => {
          const me = data.viewer.employee?.id
          const isAppraiser = !!me && plan.appraiser?.id === me
          const tasks = data.inbox.filter((i) => i.plan?.id === plan.id)
          const has = (kind: InboxItemKind) => tasks.some((i) => i.kind === kind)
          const escalated = plan.status === 'ESCALATED'
          // The superior of the appraiser settles (the inbox applies the server's rule);
          // the appraiser waits, anyone else reads.
          const maySettle = escalated && has('PLAN_TO_SETTLE')
          const mayAgree = plan.status === 'SUBMITTED' && (isAppraiser || has('PLAN_TO_AGREE'))
          const mayStartAppraisal = isAppraiser || has('APPRAISAL_TO_WRITE')
          const toDecide = new Map(
            tasks.flatMap((i) => (i.kind === 'OBJECTION_TO_DECIDE' && i.appraisal && i.objection ? [[i.appraisal.id, i.objection.id]] : [])),
          )
          const targets = plan.targets ?? []
          const appraisals = plan.appraisals ?? []
          const running = plan.period.phase === 'EXECUTION' || plan.period.phase === 'ASSESSMENT'
          const quarter = quarterOf(new Date(), f.zone.timeZone)
          return (
            <>
              <div className="card">
                <h2>
                  {plan.employee.name} <span className="muted nip">{formatNip(plan.employee.nip)}</span>
                </h2>
                <p className="muted">{plan.employee.position}</p>
                <p>
                  <a className="button button-secondary" href={`/print/plans/${plan.id}`} target="_blank" rel="noopener">
                    {tp('print')}
                  </a>
                </p>
                <dl className="facts">
                  <Fact label={t('plan.period')}>{plan.period.name}</Fact>
                  <Fact label={t('plan.status')}>
                    <StatusBadge kind="plan" value={plan.status} />
                  </Fact>
                  {plan.submittedAt && <Fact label={t('plan.submittedAt')}>{f.dateTime(plan.submittedAt)}</Fact>}
                  {plan.agreedAt && <Fact label={t('plan.agreedAt')}>{f.dateTime(plan.agreedAt)}</Fact>}
                </dl>
                {escalated && (
                  <div className="notice notice-info" role="note">
                    <p className="notice-title">{tp('settle.escalatedTitle')}</p>
                    <p>{tp('settle.escalatedOn', { name: plan.employee.name, date: f.dateTime(plan.escalatedAt) })}</p>
                    {plan.escalationReason && (
                      <div className="quote-block">
                        <p className="quote-label">{tp('settle.employeeReason')}</p>
                        <blockquote className="quote">{plan.escalationReason}</blockquote>
                      </div>
                    )}
                    {plan.note && (
                      <div className="quote-block">
                        <p className="quote-label">{tp('settle.appraiserNote')}</p>
                        <blockquote className="quote">{plan.note}</blockquote>
                      </div>
                    )}
                    {isAppraiser && <p>{tp('settle.waitingAppraiser')}</p>}
                  </div>
                )}
                {plan.note && !escalated && (
                  <div className="quote-block">
                    <p className="quote-label">{t('team.lastNote')}</p>
                    <blockquote className="quote">{plan.note}</blockquote>
                  </div>
                )}
                {mayAgree && (
                  <div className="form-actions">
                    <FormDialog label={t('team.agree')} variant="primary" title={t('team.agreeTitle')}>
                      {(close) => <ApprovePlanForm planID={plan.id} name={plan.employee.name} onDone={(changed) => (close(), changed && refresh())} />}
                    </FormDialog>
                    <FormDialog label={t('team.return')} variant="secondary" title={t('team.returnTitle')}>
                      {(close) => <ReturnPlanForm planID={plan.id} name={plan.employee.name} onDone={(changed) => (close(), changed && refresh())} />}
                    </FormDialog>
                  </div>
                )}
              </div>
              {maySettle && (
                <section className="card" aria-labelledby="settle-title">
                  <h2 id="settle-title">{tp('settle.title')}</h2>
                  <p className="hint">{tp('settle.intro')}</p>
                  <SettlePlanForm planID={plan.id} name={plan.employee.name} onDone={refresh} />
                </section>
              )}
              <Tabs
                label={t('team.planTabs')}
                items={[
                  {
                    id: 'targets',
                    label: t('team.tabTargets', { count: targets.length }),
                    content:
                      targets.length === 0 ? (
                        <EmptyState>{t('plan.noTargets')}</EmptyState>
                      ) : (
                        targets.map((tg, i) => <TargetCard key={tg.id} target={tg} index={i} />)
                      ),
                  },
                  {
                    id: 'progress',
                    label: t('team.tabProgress'),
                    content: (
                      <ul className="progress-list">
                        {targets.flatMap((tg) =>
                          (tg.indicators ?? []).map((ind) => (
                            <li key={ind.id}>
                              <span className="indicator-description">
                                {tg.title} — {ind.description}
                              </span>
                              <span className="indicator-meta">
                                <RealizedOf indicator={ind} /> ({t(`realization.totalRule.${ind.aspect}`)})
                              </span>
                              {(ind.realizations ?? []).length > 0 && (
                                <ul className="record-list">
                                  {[...(ind.realizations ?? [])]
                                    .sort((x, y) => x.quarter - y.quarter)
                                    .map((r) => (
                                      <li key={r.id}>
                                        {t('realization.quarterN', { n: r.quarter })}: {f.number(r.value)} {ind.unit} — {r.evidence}
                                      </li>
                                    ))}
                                </ul>
                              )}
                            </li>
                          )),
                        )}
                      </ul>
                    ),
                  },
                  {
                    id: 'appraisals',
                    label: t('team.tabAppraisals', { count: appraisals.length }),
                    content: (
                      <>
                        {appraisals.length === 0 ? (
                          <EmptyState>{t('team.noAppraisals')}</EmptyState>
                        ) : (
                          <ul className="appraisal-links">
                            {appraisals.map((a) => {
                              const objection = toDecide.get(a.id)
                              return (
                                <li key={a.id}>
                                  {hasTeam || isAppraiser ? <Link to={`/tim/penilaian/${a.id}`}>{appraisalKindLabel(t, a)}</Link> : appraisalKindLabel(t, a)}{' '}
                                  <StatusBadge kind="appraisal" value={a.status} />
                                  {a.predikat && (
                                    <>
                                      {' '}
                                      <StatusBadge kind="predikat" value={a.predikat} />
                                    </>
                                  )}
                                  {objection && (
                                    <>
                                      {' '}
                                      <Link to={`/keberatan/${objection}`}>{t('decision.title')}</Link>
                                    </>
                                  )}
                                </li>
                              )
                            })}
                          </ul>
                        )}
                        {mayStartAppraisal && plan.status === 'AGREED' && running && (
                          <FormDialog label={t('team.startAppraisal')} variant="primary" title={t('team.startTitle', { name: plan.employee.name })}>
                            {(close) => <StartAppraisalForm planID={plan.id} defaultQuarter={quarter} onCancel={close} />}
                          </FormDialog>
                        )}
                      </>
                    ),
                  },
                ]}
              />
              <FeedbackThread plan={plan} canGive={!!me && (isAppraiser || plan.employee.id === me)} />
            </>
          )
        }}
      </NodeView>
    </Page>
  )
}
