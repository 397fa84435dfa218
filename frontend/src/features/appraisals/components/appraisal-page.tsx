import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { useMutation, useQuery } from 'urql'
import { appraisalKindLabel } from '@/components/appraisal/appraisal-kind'
import { AppraisalResultCard } from '@/components/appraisal/appraisal-result'
import { ObjectionsCard } from '@/components/appraisal/objection-history'
import { FormAlert } from '@/components/form/form-alert'
import { daysLeftText } from '@/components/inbox/inbox-due'
import { ConfirmButton, FormDialog } from '@/components/ui/dialog'
import { Fact } from '@/components/ui/fact'
import { Page } from '@/components/ui/page'
import { NodeView } from '@/components/ui/query-view'
import { StatusBadge } from '@/components/ui/status-badge'
import { notify } from '@/components/ui/toast'
import { actingName } from '@/lib/acting'
import { useFormat } from '@/lib/format'
import { errorMessage } from '@/lib/graphql-errors'
import { AcknowledgeAppraisalMutation, AppraisalPageQuery } from '../api/appraisal-documents'
import { ObjectionForm } from './objection-form'

/** AppraisalPage: one released appraisal; the employee accepts it or objects within the window. */
export function AppraisalPage() {
  const { t } = useTranslation()
  const { t: ta } = useTranslation('acting')
  const f = useFormat()
  const { appraisalId = '' } = useParams()
  const [result, reexecute] = useQuery({ query: AppraisalPageQuery, variables: { id: appraisalId } })
  const [ackState, acknowledge] = useMutation(AcknowledgeAppraisalMutation)
  const [actionError, setActionError] = useState<string | null>(null)
  const refresh = () => reexecute({ requestPolicy: 'network-only' })

  return (
    <Page title={t('appraisal.title')} back={{ to: '/penilaian', label: t('appraisal.backToList') }}>
      <NodeView result={result} reexecute={reexecute} typename="Appraisal">
        {(a, data) => {
          const mine = a.plan.employee.id === data.viewer.employee?.id
          const days = a.objectionDeadline ? f.daysUntil(a.objectionDeadline) : null
          const open = a.status === 'SUBMITTED' && mine
          const windowOpen = open && (days === null || days >= 0)
          return (
            <>
              <div className="card">
                <h2>
                  {a.plan.period.name} — {appraisalKindLabel(t, a)}
                </h2>
                <dl className="facts">
                  <Fact label={t('appraisal.status')}>
                    <StatusBadge kind="appraisal" value={a.status} />
                  </Fact>
                  <Fact label={t('appraisal.appraiser')}>{a.appraiser ? actingName(ta, a.appraiser.name, a.appraiserActing) : '—'}</Fact>
                  <Fact label={t('appraisal.method')}>{t(`method.${a.plan.period.scoringMethod}`)}</Fact>
                  {a.releasedAt && <Fact label={t('appraisal.releasedAt')}>{f.dateTime(a.releasedAt)}</Fact>}
                  {a.objectionDeadline && a.status === 'SUBMITTED' && (
                    <Fact label={t('appraisal.objectionDeadline')}>
                      {f.deadline(a.objectionDeadline)}{' '}
                      {days !== null && (
                        <span className={days < 0 ? 'deadline is-overdue' : days <= 3 ? 'deadline is-soon' : 'deadline'}>
                          ({days < 0 ? t('appraisal.windowClosed') : daysLeftText(t, days)})
                        </span>
                      )}
                    </Fact>
                  )}
                  {a.finalizedAt && <Fact label={t('appraisal.finalizedAt')}>{f.dateTime(a.finalizedAt)}</Fact>}
                </dl>
              </div>
              <AppraisalResultCard appraisal={a} />
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
              <ObjectionsCard objections={a.objections ?? []} hideFiler />
            </>
          )
        }}
      </NodeView>
    </Page>
  )
}
