import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { useQuery } from 'urql'
import { AppraisalResult } from '@/components/appraisal/appraisal-result'
import { AppraisalSubjectCard } from '@/components/appraisal/appraisal-subject'
import { ObjectionsCard } from '@/components/appraisal/objection-history'
import { Fact } from '@/components/ui/fact'
import { Page } from '@/components/ui/page'
import { NodeView } from '@/components/ui/query-view'
import { useFormat } from '@/lib/format'
import { ObjectionPageQuery } from '../api/objection-documents'
import { DecisionForm } from './decision-form'

/** ObjectionPage: the appraisal, the employee's reasons, and the superior's decision. */
export function ObjectionPage() {
  const { t } = useTranslation()
  const f = useFormat()
  const { objectionId = '' } = useParams()
  const [result, reexecute] = useQuery({ query: ObjectionPageQuery, variables: { id: objectionId } })
  return (
    <Page title={t('decision.title')} back={{ to: '/keberatan', label: t('decision.back') }}>
      <NodeView result={result} reexecute={reexecute} typename="Objection">
        {(o) => {
          const a = o.appraisal
          return (
            <>
              <AppraisalSubjectCard appraisal={a}>
                <Fact label={t('appraisal.appraiser')}>{a.appraiser?.name ?? '—'}</Fact>
                <Fact label={t('appraisal.releasedAt')}>{f.dateTime(a.releasedAt)}</Fact>
              </AppraisalSubjectCard>
              <ObjectionsCard objections={[o]} />
              <section className="card" aria-labelledby="o-appraisal">
                <h2 id="o-appraisal">{t('decision.appraisalAsReleased')}</h2>
                <AppraisalResult appraisal={a} />
              </section>
              {o.status === 'OPEN' && (
                <section className="card" aria-labelledby="o-decide">
                  <h2 id="o-decide">{t('decision.formTitle')}</h2>
                  <p className="hint">{t('decision.intro')}</p>
                  <DecisionForm objectionID={o.id} employeeName={a.plan.employee.name} appraisal={a} />
                </section>
              )}
            </>
          )
        }}
      </NodeView>
    </Page>
  )
}
