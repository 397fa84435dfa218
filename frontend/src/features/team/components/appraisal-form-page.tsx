import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { useQuery } from 'urql'
import { AppraisalResultCard } from '@/components/appraisal/appraisal-result'
import { AppraisalSubjectCard } from '@/components/appraisal/appraisal-subject'
import { ObjectionsCard } from '@/components/appraisal/objection-history'
import { Fact } from '@/components/ui/fact'
import { Page } from '@/components/ui/page'
import { NodeView } from '@/components/ui/query-view'
import { StatusBadge } from '@/components/ui/status-badge'
import { type FragmentType, useFragment } from '@/gql'
import { useFormat } from '@/lib/format'
import { AppraisalFormQuery } from '../api/team-documents'
import { AppraisalForm, AppraisalFormFragment, type Criterion } from './appraisal-form'

function AppraisalView({
  appraisal,
  criteria,
  onReleased,
}: {
  appraisal: FragmentType<typeof AppraisalFormFragment>
  criteria: Criterion[]
  onReleased: () => void
}) {
  const { t } = useTranslation()
  const f = useFormat()
  const a = useFragment(AppraisalFormFragment, appraisal)
  const toExplain = a.objections?.find((o) => o.status === 'AWAITING_EXPLANATION')
  return (
    <>
      <AppraisalSubjectCard appraisal={a}>
        <Fact label={t('appraisal.status')}>
          <StatusBadge kind="appraisal" value={a.status} />
        </Fact>
        <Fact label={t('appraisal.method')}>{t(`method.${a.plan.period.scoringMethod}`)}</Fact>
        {a.releasedAt && <Fact label={t('appraisal.releasedAt')}>{f.dateTime(a.releasedAt)}</Fact>}
        {a.objectionDeadline && a.status === 'SUBMITTED' && <Fact label={t('appraisal.objectionDeadline')}>{f.deadline(a.objectionDeadline)}</Fact>}
      </AppraisalSubjectCard>
      {a.status === 'DRAFT' ? (
        <AppraisalForm key={a.id} appraisal={appraisal} criteria={criteria} onReleased={onReleased} />
      ) : (
        <AppraisalResultCard appraisal={a} />
      )}
      <ObjectionsCard
        objections={a.objections ?? []}
        hint={
          toExplain ? (
            <>
              {t('objection.explainHint')} <Link to={`/keberatan/${toExplain.id}`}>{t('objection.explainLink')}</Link>
            </>
          ) : (
            t('objection.appraiserHint')
          )
        }
      />
    </>
  )
}

/** AppraisalFormPage: the appraiser writes a draft and releases it; afterwards it is read-only. */
export function AppraisalFormPage() {
  const { t } = useTranslation()
  const { appraisalId = '' } = useParams()
  const [result, reexecute] = useQuery({ query: AppraisalFormQuery, variables: { id: appraisalId } })
  // The save and the release each invalidate the cached answer; asking the
  // server once more after the release makes sure the last answer shown is
  // the released one, whichever refetch returns last.
  const reload = () => reexecute({ requestPolicy: 'network-only' })
  return (
    <Page title={t('appraisal.formTitle')} back={{ to: '/tim', label: t('team.back') }}>
      <NodeView result={result} reexecute={reexecute} typename="Appraisal">
        {(node, data) => (
          <AppraisalView key={node.id} appraisal={node} criteria={(data.criteria.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []))} onReleased={reload} />
        )}
      </NodeView>
    </Page>
  )
}
