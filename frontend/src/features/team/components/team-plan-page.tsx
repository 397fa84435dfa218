import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { useQuery } from 'urql'
import { FormDialog } from '@/components/ui/dialog'
import { EmptyState } from '@/components/ui/empty-state'
import { Page } from '@/components/ui/page'
import { QueryView } from '@/components/ui/query-view'
import { StatusBadge } from '@/components/ui/status-badge'
import { Tabs } from '@/components/ui/tabs'
import { useFormat } from '@/lib/format'
import { formatNip } from '@/lib/format-nip'
import { TeamPlanQuery } from '../api/team-documents'
import { ApprovePlanForm, ReturnPlanForm } from './plan-decision'
import { StartAppraisalForm } from './start-appraisal-form'

/** TeamPlanPage: a subordinate's SKP to agree or return, its progress, and its appraisals. */
export function TeamPlanPage() {
  const { t } = useTranslation()
  const f = useFormat()
  const { planId = '' } = useParams()
  const [result, reexecute] = useQuery({ query: TeamPlanQuery, variables: { id: planId } })
  const refresh = () => reexecute({ requestPolicy: 'network-only' })

  return (
    <Page title={t('team.planTitle')}>
      <p className="breadcrumb">
        <Link to="/tim">← {t('team.back')}</Link>
      </p>
      <QueryView result={result} reexecute={reexecute} missing={(d) => d.node?.__typename !== 'Plan'}>
        {(data) => {
          if (data.node?.__typename !== 'Plan') return null
          const plan = data.node
          const targets = plan.targets ?? []
          const appraisals = plan.appraisals ?? []
          const running = plan.period.phase === 'EXECUTION' || plan.period.phase === 'ASSESSMENT'
          const quarter = String(Math.min(4, Math.floor(new Date().getMonth() / 3) + 1)) as '1' | '2' | '3' | '4'
          return (
            <>
              <div className="card">
                <h2>
                  {plan.employee.name} <span className="muted nip">{formatNip(plan.employee.nip)}</span>
                </h2>
                <p className="muted">{plan.employee.position}</p>
                <dl className="facts">
                  <div>
                    <dt>{t('plan.period')}</dt>
                    <dd>{plan.period.name}</dd>
                  </div>
                  <div>
                    <dt>{t('plan.status')}</dt>
                    <dd>
                      <StatusBadge kind="plan" value={plan.status} />
                    </dd>
                  </div>
                  {plan.submittedAt && (
                    <div>
                      <dt>{t('plan.submittedAt')}</dt>
                      <dd>{f.dateTime(plan.submittedAt)}</dd>
                    </div>
                  )}
                  {plan.agreedAt && (
                    <div>
                      <dt>{t('plan.agreedAt')}</dt>
                      <dd>{f.dateTime(plan.agreedAt)}</dd>
                    </div>
                  )}
                </dl>
                {plan.note && (
                  <div className="quote-block">
                    <p className="quote-label">{t('team.lastNote')}</p>
                    <blockquote className="quote">{plan.note}</blockquote>
                  </div>
                )}
                {plan.status === 'SUBMITTED' && (
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
                        targets.map((tg, i) => (
                          <article key={tg.id} className="target-card" aria-labelledby={`tt-${tg.id}`}>
                            <header className="target-head">
                              <h3 id={`tt-${tg.id}`}>
                                <span className="target-number">{i + 1}.</span> {tg.title}
                              </h3>
                              <span className={`kind-badge kind-${tg.kind.toLowerCase()}`}>{t(`targetKind.${tg.kind}`)}</span>
                            </header>
                            <p className="target-parent">
                              {tg.parent ? (
                                <>
                                  <span className="muted">{t('plan.supports')}:</span> {tg.parent.title}
                                </>
                              ) : (
                                <span className="muted">{t('plan.supportsNone')}</span>
                              )}
                            </p>
                            <ul className="indicator-list">
                              {(tg.indicators ?? []).map((ind) => (
                                <li key={ind.id}>
                                  <span className="indicator-description">{ind.description}</span>
                                  <span className="indicator-meta">
                                    {t(`aspect.${ind.aspect}`)} · {t('plan.targetIs', { value: f.number(ind.targetValue), unit: ind.unit })}
                                  </span>
                                </li>
                              ))}
                            </ul>
                          </article>
                        ))
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
                                {t('appraisal.realizedOf', {
                                  value: ind.yearTotal == null ? '—' : f.number(ind.yearTotal),
                                  target: f.number(ind.targetValue),
                                  unit: ind.unit,
                                })}{' '}
                                ({t(`realization.totalRule.${ind.aspect}`)})
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
                            {appraisals.map((a) => (
                              <li key={a.id}>
                                <Link to={`/tim/penilaian/${a.id}`}>
                                  {a.kind === 'QUARTERLY' ? t('appraisal.quarterly', { quarter: a.quarter }) : t('appraisal.annual')}
                                </Link>{' '}
                                <StatusBadge kind="appraisal" value={a.status} />
                                {a.predikat && (
                                  <>
                                    {' '}
                                    <StatusBadge kind="predikat" value={a.predikat} />
                                  </>
                                )}
                              </li>
                            ))}
                          </ul>
                        )}
                        {plan.status === 'AGREED' && running && (
                          <FormDialog label={t('team.startAppraisal')} variant="primary" title={t('team.startTitle', { name: plan.employee.name })}>
                            {(close) => <StartAppraisalForm planID={plan.id} defaultQuarter={quarter} onCancel={close} />}
                          </FormDialog>
                        )}
                      </>
                    ),
                  },
                ]}
              />
            </>
          )
        }}
      </QueryView>
    </Page>
  )
}
