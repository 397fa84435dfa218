import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import { useMutation, useQuery } from 'urql'
import { FormAlert } from '@/components/form/form-alert'
import { Button } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { Page } from '@/components/ui/page'
import { QueryView } from '@/components/ui/query-view'
import { Select } from '@/components/ui/select'
import { notify } from '@/components/ui/toast'
import { errorMessage } from '@/lib/graphql-errors'
import { CreatePlanMutation, MyPlanQuery } from '../api/plan-documents'
import { PlanEditor } from './plan-editor'

/** MyPlanPage (SKP saya): the viewer's plan of the current period, or of an earlier one by id. */
export function MyPlanPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { planId } = useParams()
  const [result, reexecute] = useQuery({ query: MyPlanQuery, variables: { id: planId ?? '', byId: !!planId } })
  const [createState, createPlan] = useMutation(CreatePlanMutation)
  const [createError, setCreateError] = useState<string | null>(null)

  return (
    <Page title={t('plan.title')}>
      <QueryView
        result={result}
        reexecute={reexecute}
        missing={(data) => !!planId && (data.node?.__typename !== 'Plan' || data.node.employee.id !== data.viewer.employee?.id)}
      >
        {(data) => {
          const employee = data.viewer.employee
          if (!employee) return <EmptyState>{t('plan.noEmployee')}</EmptyState>
          const plan = planId ? (data.node?.__typename === 'Plan' ? data.node : null) : data.viewer.currentPlan
          const current = data.viewer.currentPeriod
          const plans = employee.plans ?? []
          const shownId = plan?.id ?? null
          const canCreate = !planId && !plan && current && (current.phase === 'PLANNING' || current.phase === 'EXECUTION')
          return (
            <>
              {plans.length > 0 && (
                <div className="toolbar">
                  <Select
                    label={t('plan.period')}
                    options={plans.map((p) => ({ id: p.id, label: `${p.period.name} — ${t(`status.plan.${p.status}`)}` }))}
                    value={shownId}
                    onChange={(id) => void navigate(id === data.viewer.currentPlan?.id ? '/skp' : `/skp/${id}`)}
                  />
                </div>
              )}
              {plan ? (
                <PlanEditor plan={plan} />
              ) : (
                <div className="card">
                  <p>{current ? t('plan.noPlanFor', { period: current.name }) : t('home.noPeriod')}</p>
                  {canCreate && (
                    <>
                      <p className="muted">{t('plan.createHint')}</p>
                      <Button
                        variant="primary"
                        isPending={createState.fetching}
                        onPress={async () => {
                          setCreateError(null)
                          const r = await createPlan({ input: { periodID: current.id, employeeID: employee.id } })
                          if (r.error) {
                            setCreateError(errorMessage(r.error, t('errors.actionFailed')))
                            return
                          }
                          notify(t('plan.created'))
                          reexecute({ requestPolicy: 'network-only' })
                        }}
                      >
                        {t('plan.create')}
                      </Button>
                      <FormAlert message={createError} />
                    </>
                  )}
                </div>
              )}
            </>
          )
        }}
      </QueryView>
    </Page>
  )
}
