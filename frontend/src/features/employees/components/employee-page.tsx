import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { useQuery } from 'urql'
import { EmptyState } from '@/components/ui/empty-state'
import { Fact } from '@/components/ui/fact'
import { Page } from '@/components/ui/page'
import { NodeView } from '@/components/ui/query-view'
import { StatusBadge } from '@/components/ui/status-badge'
import type { EmployeeDetailQuery as DetailData } from '@/gql/graphql'
import { useFormat } from '@/lib/format'
import { formatNip } from '@/lib/format-nip'
import { EmployeeDetailQuery } from '../api/employee-documents'
import { useCanAppraise, useCanManage } from '../can-manage'
import { ActingSection } from './acting-section'
import '../employees.css'

type Employee = Extract<NonNullable<DetailData['node']>, { __typename: 'Employee' }>

/** EmployeePage (Pegawai): who the employee is, where, under whom, over whom, and the cycle's record per period. */
export function EmployeePage() {
  const { t } = useTranslation('admin')
  const { employeeId = '' } = useParams()
  const [result, reexecute] = useQuery({ query: EmployeeDetailQuery, variables: { id: employeeId } })
  const canManage = useCanManage()
  const name = result.data?.node?.__typename === 'Employee' ? result.data.node.name : t('employee.title')
  return (
    <Page
      title={name}
      className="employee-page"
      back={{ to: '/admin/pegawai', label: t('employee.backToList') }}
      actions={
        canManage && result.data?.node ? (
          <Link className="button" to={`/admin/pegawai/${employeeId}/ubah`}>
            {t('employee.edit')}
          </Link>
        ) : undefined
      }
    >
      <NodeView result={result} reexecute={reexecute} typename="Employee">
        {(employee) => (
          <>
            <EmployeeDetails employee={employee} />
            <ActingSection employeeID={employee.id} canManage={canManage} />
          </>
        )}
      </NodeView>
    </Page>
  )
}

function EmployeeDetails({ employee }: { employee: Employee }) {
  const { t } = useTranslation('admin')
  const { t: tc } = useTranslation()
  const { t: tx } = useTranslation('acting')
  const format = useFormat()
  const canOpenPlans = useCanAppraise()
  const subordinates = employee.subordinates.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? []
  const plans = [...(employee.plans ?? [])].sort((a, b) => b.period.year - a.period.year)
  const recommendations = employee.recommendations ?? []
  const hoursByYear = new Map<number, number>()
  for (const r of recommendations) {
    if (r.status !== 'COMPLETED') continue
    const year = r.period?.year ?? (r.completedAt ? new Date(r.completedAt).getFullYear() : 0)
    hoursByYear.set(year, (hoursByYear.get(year) ?? 0) + r.hours)
  }
  return (
    <>
      <section className="card" aria-labelledby="emp-identity">
        <h2 id="emp-identity">{t('employee.identity')}</h2>
        <dl className="facts">
          <Fact label={t('employee.nip')} className="nip">
            {formatNip(employee.nip)}
          </Fact>
          <Fact label={t('employee.type')}>{t(`employeeType.${employee.type}`)}</Fact>
          <Fact label={t('employee.rank')}>
            {employee.rank}
            {employee.rankSince && ` (${t('employee.since', { date: format.day(employee.rankSince) })})`}
          </Fact>
          <Fact label={t('employee.position')}>
            {employee.position} · {tc(`positionKind.${employee.positionKind}`)}
            {employee.functionalLevel && ` · ${t(`functionalLevel.${employee.functionalLevel}`)}`}
          </Fact>
          {employee.email && <Fact label={t('employee.email')}>{employee.email}</Fact>}
          <Fact label={t('list.status')}>
            {employee.active ? t('list.active') : t('list.inactive')}
            {employee.external && <span className="badge badge-external">{tx('external.badge')}</span>}
          </Fact>
          <Fact label={t('employee.unit')}>
            {employee.unit.code} — {employee.unit.name}
          </Fact>
          <Fact label={t('employee.supervisor')}>
            {employee.supervisor ? <Link to={`/admin/pegawai/${employee.supervisor.id}`}>{employee.supervisor.name}</Link> : t('employee.noSupervisor')}
          </Fact>
        </dl>
      </section>

      <section className="card" aria-labelledby="emp-subordinates">
        <h2 id="emp-subordinates">{t('employee.subordinates', { count: employee.subordinates.totalCount })}</h2>
        {subordinates.length === 0 ? (
          <EmptyState>{t('employee.noSubordinates')}</EmptyState>
        ) : (
          <ul className="plain-list">
            {subordinates.map((s) => (
              <li key={s.id}>
                <Link to={`/admin/pegawai/${s.id}`}>{s.name}</Link> <span className="hint">{s.position}</span>
                {!s.active && <span className="badge">{t('list.inactive')}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card" aria-labelledby="emp-cycle">
        <h2 id="emp-cycle">{t('employee.cycle')}</h2>
        {plans.length === 0 ? (
          <EmptyState>{t('employee.noPlans')}</EmptyState>
        ) : (
          plans.map((plan) => (
            <div key={plan.id} className="period-block">
              <h3>{plan.period.name}</h3>
              <p>
                {canOpenPlans ? <Link to={`/tim/skp/${plan.id}`}>{t('employee.plan')}</Link> : t('employee.plan')}:{' '}
                <StatusBadge kind="plan" value={plan.status} />
              </p>
              {(plan.appraisals ?? []).length > 0 && (
                <ul className="plain-list">
                  {(plan.appraisals ?? []).map((a) => (
                    <li key={a.id}>
                      <Link to={`/penilaian/${a.id}`}>{a.kind === 'ANNUAL' ? t('employee.annual') : t('employee.quarter', { quarter: a.quarter ?? 0 })}</Link>{' '}
                      <StatusBadge kind="appraisal" value={a.status} /> {a.predikat && <StatusBadge kind="predikat" value={a.predikat} />}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))
        )}
      </section>

      <section className="card" aria-labelledby="emp-development">
        <h2 id="emp-development">{t('employee.development')}</h2>
        {hoursByYear.size > 0 && (
          <dl className="facts">
            {[...hoursByYear.entries()]
              .sort((a, b) => b[0] - a[0])
              .map(([year, hours]) => (
                <Fact key={year} label={t('employee.hoursIn', { year: year || '—' })}>
                  {t('employee.hours', { hours: format.number(hours) })}
                </Fact>
              ))}
          </dl>
        )}
        {recommendations.length === 0 ? (
          <EmptyState>{t('employee.noRecommendations')}</EmptyState>
        ) : (
          <ul className="plain-list">
            {recommendations.map((r) => (
              <li key={r.id}>
                <strong>{t(`recommendationKind.${r.kind}`)}</strong>
                {(r.program || r.criterion) && `: ${r.program?.name ?? r.criterion?.name}`} · {t(`recommendationStatus.${r.status}`)} ·{' '}
                {t('employee.hours', { hours: format.number(r.hours) })}
                {r.note && <span className="hint"> — {r.note}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  )
}
