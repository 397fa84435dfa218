import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { useMutation, useQuery } from 'urql'
import { AppraisalResult } from '@/components/appraisal/appraisal-result'
import { DocumentsMenu } from '@/components/appraisal/documents-menu'
import { ObjectionHistory } from '@/components/appraisal/objection-history'
import { FormAlert } from '@/components/form/form-alert'
import { ConfirmButton, FormDialog } from '@/components/ui/dialog'
import { Page } from '@/components/ui/page'
import { QueryView } from '@/components/ui/query-view'
import { StatusBadge } from '@/components/ui/status-badge'
import { notify } from '@/components/ui/toast'
import { daysUntil, useFormat } from '@/lib/format'
import { errorMessage } from '@/lib/graphql-errors'
import { AcknowledgeAppraisalMutation, AppraisalPageQuery } from '../api/appraisal-documents'
import { ObjectionForm } from './objection-form'

/** AppraisalPage: one released appraisal; the employee accepts it or objects within the window. */
export function AppraisalPage() {
  const { t } = useTranslation()
  const f = useFormat()
  const { appraisalId = '' } = useParams()
  const [result, reexecute] = useQuery({ query: AppraisalPageQuery, variables: { id: appraisalId } })
  const [ackState, acknowledge] = useMutation(AcknowledgeAppraisalMutation)
  const [actionError, setActionError] = useState<string | null>(null)
  const refresh = () => reexecute({ requestPolicy: 'network-only' })

  return (
    <Page title={t('appraisal.title')}>
      <p className="breadcrumb">
        <Link to="/penilaian">← {t('appraisal.backToList')}</Link>
      </p>
      <QueryView result={result} reexecute={reexecute} missing={(d) => d.node?.__typename !== 'Appraisal'}>
        {(data) => {
          if (data.node?.__typename !== 'Appraisal') return null
          const a = data.node
          const mine = a.plan.employee.id === data.viewer.employee?.id
          const days = a.objectionDeadline ? daysUntil(a.objectionDeadline) : null
          const open = a.status === 'SUBMITTED' && mine
          const windowOpen = open && (days === null || days >= 0)
          return (
            <>
              <div className="card">
                <h2>
                  {a.plan.period.name} — {a.kind === 'QUARTERLY' ? t('appraisal.quarterly', { quarter: a.quarter }) : t('appraisal.annual')}
                </h2>
                <dl className="facts">
                  <div>
                    <dt>{t('appraisal.status')}</dt>
                    <dd>
                      <StatusBadge kind="appraisal" value={a.status} />
                    </dd>
                  </div>
                  <div>
                    <dt>{t('appraisal.appraiser')}</dt>
                    <dd>{a.appraiser?.name ?? '—'}</dd>
                  </div>
                  <div>
                    <dt>{t('appraisal.method')}</dt>
                    <dd>{t(`method.${a.plan.period.scoringMethod}`)}</dd>
                  </div>
                  {a.releasedAt && (
                    <div>
                      <dt>{t('appraisal.releasedAt')}</dt>
                      <dd>{f.dateTime(a.releasedAt)}</dd>
                    </div>
                  )}
                  {a.objectionDeadline && a.status === 'SUBMITTED' && (
                    <div>
                      <dt>{t('appraisal.objectionDeadline')}</dt>
                      <dd>
                        {f.dateTime(a.objectionDeadline)}{' '}
                        {days !== null && (
                          <span className={days < 0 ? 'deadline is-overdue' : days <= 3 ? 'deadline is-soon' : 'deadline'}>
                            ({days < 0 ? t('appraisal.windowClosed') : days === 0 ? t('inbox.today') : t('inbox.daysLeft', { count: days })})
                          </span>
                        )}
                      </dd>
                    </div>
                  )}
                  {a.finalizedAt && (
                    <div>
                      <dt>{t('appraisal.finalizedAt')}</dt>
                      <dd>{f.dateTime(a.finalizedAt)}</dd>
                    </div>
                  )}
                </dl>
              </div>
              <section className="card" aria-labelledby="result-title">
                <div className="section-header">
                  <h2 id="result-title">{t('appraisal.result')}</h2>
                  <DocumentsMenu appraisalID={a.id} />
                </div>
                <AppraisalResult appraisal={a} method={a.plan.period.scoringMethod} />
              </section>
              {open && (
                <section className="card" aria-labelledby="answer-title">
                  <h2 id="answer-title">{t('appraisal.answerTitle')}</h2>
                  <p>{t('appraisal.answerIntro', { days: a.plan.period.objectionWindowDays })}</p>
                  <div className="form-actions">
                    <ConfirmButton
                      label={t('appraisal.acknowledge')}
                      title={t('appraisal.acknowledgeTitle')}
                      description={t('appraisal.acknowledgeBody')}
                      confirmLabel={t('appraisal.acknowledgeConfirm')}
                      isDisabled={ackState.fetching}
                      onConfirm={async () => {
                        setActionError(null)
                        const r = await acknowledge({ id: a.id })
                        if (r.error) {
                          setActionError(errorMessage(r.error, t('errors.actionFailed')))
                          return
                        }
                        notify(t('appraisal.acknowledged'))
                        refresh()
                      }}
                    />
                    {windowOpen && (
                      <FormDialog label={t('objection.file')} variant="secondary" title={t('objection.formTitle')}>
                        {(close) => (
                          <ObjectionForm
                            appraisalID={a.id}
                            onDone={() => {
                              close()
                              refresh()
                            }}
                          />
                        )}
                      </FormDialog>
                    )}
                  </div>
                  <FormAlert message={actionError} />
                </section>
              )}
              {a.objections && a.objections.length > 0 && (
                <section className="card" aria-labelledby="objection-title">
                  <h2 id="objection-title">{t('objection.title')}</h2>
                  <ObjectionHistory objections={a.objections} />
                </section>
              )}
            </>
          )
        }}
      </QueryView>
    </Page>
  )
}
