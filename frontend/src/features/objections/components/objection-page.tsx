import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { useQuery } from 'urql'
import { AppraisalResult } from '@/components/appraisal/appraisal-result'
import { ObjectionHistory } from '@/components/appraisal/objection-history'
import { Page } from '@/components/ui/page'
import { QueryView } from '@/components/ui/query-view'
import { useFormat } from '@/lib/format'
import { formatNip } from '@/lib/format-nip'
import { ObjectionPageQuery } from '../api/objection-documents'
import { DecisionForm } from './decision-form'

/** ObjectionPage: the appraisal, the employee's reasons, and the superior's decision. */
export function ObjectionPage() {
  const { t } = useTranslation()
  const f = useFormat()
  const { objectionId = '' } = useParams()
  const [result, reexecute] = useQuery({ query: ObjectionPageQuery, variables: { id: objectionId } })
  return (
    <Page title={t('decision.title')}>
      <p className="breadcrumb">
        <Link to="/keberatan">← {t('decision.back')}</Link>
      </p>
      <QueryView result={result} reexecute={reexecute} missing={(d) => d.node?.__typename !== 'Objection'}>
        {(data) => {
          if (data.node?.__typename !== 'Objection') return null
          const o = data.node
          const a = o.appraisal
          const numeric = a.plan.period.scoringMethod === 'NUMERIC_2011'
          return (
            <>
              <div className="card">
                <h2>
                  {a.plan.employee.name} <span className="muted nip">{formatNip(a.plan.employee.nip)}</span>
                </h2>
                <dl className="facts">
                  <div>
                    <dt>{t('appraisal.what')}</dt>
                    <dd>
                      {a.plan.period.name} — {a.kind === 'QUARTERLY' ? t('appraisal.quarterly', { quarter: a.quarter }) : t('appraisal.annual')}
                    </dd>
                  </div>
                  <div>
                    <dt>{t('appraisal.appraiser')}</dt>
                    <dd>{a.appraiser?.name ?? '—'}</dd>
                  </div>
                  <div>
                    <dt>{t('appraisal.releasedAt')}</dt>
                    <dd>{f.dateTime(a.releasedAt)}</dd>
                  </div>
                </dl>
              </div>
              <section className="card" aria-labelledby="o-reason">
                <h2 id="o-reason">{t('objection.title')}</h2>
                <ObjectionHistory objections={[{ ...o, filedBy: o.filedBy }]} />
              </section>
              <section className="card" aria-labelledby="o-appraisal">
                <h2 id="o-appraisal">{t('decision.appraisalAsReleased')}</h2>
                <AppraisalResult appraisal={a} method={a.plan.period.scoringMethod} />
              </section>
              {o.status === 'OPEN' && (
                <section className="card" aria-labelledby="o-decide">
                  <h2 id="o-decide">{t('decision.formTitle')}</h2>
                  <p className="hint">{t('decision.intro')}</p>
                  <DecisionForm
                    objectionID={o.id}
                    employeeName={a.plan.employee.name}
                    numeric={numeric}
                    matrix={a.plan.period.predikatMatrix}
                    current={a}
                    behaviour={(a.scores ?? []).flatMap((s) =>
                      s.criterion?.kind === 'BEHAVIOUR' ? [{ code: s.criterion.code, name: s.criterion.name, nameEn: s.criterion.nameEn, value: s.value }] : [],
                    )}
                  />
                </section>
              )}
            </>
          )
        }}
      </QueryView>
    </Page>
  )
}
