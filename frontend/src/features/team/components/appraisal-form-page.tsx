import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { useQuery } from 'urql'
import { AppraisalResult } from '@/components/appraisal/appraisal-result'
import { DocumentsMenu } from '@/components/appraisal/documents-menu'
import { ObjectionHistory } from '@/components/appraisal/objection-history'
import { Page } from '@/components/ui/page'
import { QueryView } from '@/components/ui/query-view'
import { StatusBadge } from '@/components/ui/status-badge'
import { type FragmentType, useFragment } from '@/gql'
import { formatNip } from '@/lib/format-nip'
import { useFormat } from '@/lib/format'
import { AppraisalFormQuery } from '../api/team-documents'
import { AppraisalForm, AppraisalFormFragment, type Criterion } from './appraisal-form'

function AppraisalView({ appraisal, criteria }: { appraisal: FragmentType<typeof AppraisalFormFragment>; criteria: Criterion[] }) {
  const { t } = useTranslation()
  const f = useFormat()
  const a = useFragment(AppraisalFormFragment, appraisal)
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
            <dt>{t('appraisal.status')}</dt>
            <dd>
              <StatusBadge kind="appraisal" value={a.status} />
            </dd>
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
              <dd>{f.dateTime(a.objectionDeadline)}</dd>
            </div>
          )}
        </dl>
      </div>
      {a.status === 'DRAFT' ? (
        <AppraisalForm key={a.id} appraisal={appraisal} criteria={criteria} />
      ) : (
        <section className="card" aria-labelledby="released-title">
          <div className="section-header">
            <h2 id="released-title">{t('appraisal.result')}</h2>
            <DocumentsMenu appraisalID={a.id} />
          </div>
          <AppraisalResult appraisal={a} method={a.plan.period.scoringMethod} />
        </section>
      )}
      {a.objections && a.objections.length > 0 && (
        <section className="card" aria-labelledby="objections-title">
          <h2 id="objections-title">{t('objection.title')}</h2>
          <p className="hint">{t('objection.appraiserHint')}</p>
          <ObjectionHistory objections={a.objections} />
        </section>
      )}
    </>
  )
}

/** AppraisalFormPage: the appraiser writes a draft and releases it; afterwards it is read-only. */
export function AppraisalFormPage() {
  const { t } = useTranslation()
  const { appraisalId = '' } = useParams()
  const [result, reexecute] = useQuery({ query: AppraisalFormQuery, variables: { id: appraisalId } })
  return (
    <Page title={t('appraisal.formTitle')}>
      <p className="breadcrumb">
        <Link to="/tim">← {t('team.back')}</Link>
      </p>
      <QueryView result={result} reexecute={reexecute} missing={(d) => d.node?.__typename !== 'Appraisal'}>
        {(data) =>
          data.node?.__typename === 'Appraisal' ? (
            <AppraisalView key={data.node.id} appraisal={data.node} criteria={(data.criteria.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []))} />
          ) : null
        }
      </QueryView>
    </Page>
  )
}
