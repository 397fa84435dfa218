import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useQuery } from 'urql'
import { appraisalKindLabel } from '@/components/appraisal/appraisal-kind'
import { type Column, DataTable } from '@/components/ui/data-table'
import { EmptyState } from '@/components/ui/empty-state'
import { Page } from '@/components/ui/page'
import { QueryView } from '@/components/ui/query-view'
import { StatusBadge } from '@/components/ui/status-badge'
import type { PlanStatus, TeamQuery as TeamResult } from '@/gql/graphql'
import { compactNip, formatNip } from '@/lib/format-nip'
import { useFilterParams } from '@/lib/use-filter-params'
import { TeamQuery } from '../api/team-documents'

type Member = NonNullable<NonNullable<NonNullable<NonNullable<TeamResult['viewer']['employee']>['subordinates']['edges']>[number]>['node']>
type Plan = NonNullable<Member['plans']>[number]

interface Row {
  member: Member
  plan: Plan | null
  appraisal: NonNullable<Plan['appraisals']>[number] | null
}

/** The filters of the team list, as written in the address bar. */
const stateFilters = ['all', 'todo', 'NONE', 'DRAFT', 'SUBMITTED', 'RETURNED', 'ESCALATED', 'AGREED', 'appraised'] as const
type StateFilter = (typeof stateFilters)[number]

function matches(row: Row, filter: StateFilter): boolean {
  const status: PlanStatus | 'NONE' = row.plan?.status ?? 'NONE'
  switch (filter) {
    case 'all':
      return true
    case 'todo':
      return status === 'SUBMITTED' || row.appraisal?.status === 'DRAFT'
    case 'appraised':
      return !!row.appraisal && row.appraisal.status !== 'DRAFT'
    default:
      return status === filter
  }
}

/** TeamPage (Tim saya): the direct subordinates with their SKP and appraisal this period. */
export function TeamPage() {
  const { t } = useTranslation()
  const id = useId()
  const [params, setParam] = useFilterParams()
  const q = params.get('q') ?? ''
  const state = (stateFilters as readonly string[]).includes(params.get('state') ?? '') ? (params.get('state') as StateFilter) : 'all'
  const [result, reexecute] = useQuery({ query: TeamQuery })

  const columns: Column<Row>[] = [
    {
      key: 'name',
      header: t('team.name'),
      rowHeader: true,
      cell: (r) => (
        <>
          {r.plan ? <Link to={`/tim/skp/${r.plan.id}`}>{r.member.name}</Link> : r.member.name}
          <span className="row-sub nip">{formatNip(r.member.nip)}</span>
        </>
      ),
    },
    { key: 'position', header: t('team.position'), cell: (r) => r.member.position },
    {
      key: 'plan',
      header: t('team.plan'),
      cell: (r) => (r.plan ? <StatusBadge kind="plan" value={r.plan.status} /> : <span className="muted">{t('team.noPlan')}</span>),
    },
    {
      key: 'appraisal',
      header: t('team.appraisal'),
      cell: (r) =>
        r.appraisal ? (
          <Link to={`/tim/penilaian/${r.appraisal.id}`} className="badge-link">
            <StatusBadge kind="appraisal" value={r.appraisal.status} /> {appraisalKindLabel(t, r.appraisal)}
            {r.appraisal.predikat && (
              <>
                {' '}
                <StatusBadge kind="predikat" value={r.appraisal.predikat} />
              </>
            )}
          </Link>
        ) : (
          <span className="muted">—</span>
        ),
    },
    {
      key: 'action',
      header: t('team.action'),
      cell: (r) => {
        if (r.plan?.status === 'SUBMITTED') return <Link to={`/tim/skp/${r.plan.id}`}>{t('team.review')}</Link>
        if (r.appraisal?.status === 'DRAFT') return <Link to={`/tim/penilaian/${r.appraisal.id}`}>{t('team.continueAppraisal')}</Link>
        if (r.plan?.status === 'AGREED') return <Link to={`/tim/skp/${r.plan.id}`}>{t('team.openPlan')}</Link>
        return <span className="muted">—</span>
      },
    },
  ]

  return (
    <Page title={t('team.title')}>
      <QueryView result={result} reexecute={reexecute}>
        {(data) => {
          const period = data.viewer.currentPeriod
          const edges = data.viewer.employee?.subordinates.edges ?? []
          const rows: Row[] = edges.flatMap((e) => {
            if (!e?.node) return []
            const plan = e.node.plans?.find((p) => p.period.id === period?.id) ?? null
            const appraisals = [...(plan?.appraisals ?? [])].sort(
              (x, y) => (x.kind === 'ANNUAL' ? 1 : 0) - (y.kind === 'ANNUAL' ? 1 : 0) || (x.quarter ?? 0) - (y.quarter ?? 0),
            )
            return [{ member: e.node, plan, appraisal: appraisals.at(-1) ?? null }]
          })
          const text = q.trim().toLowerCase()
          const digits = compactNip(text)
          const shown = rows.filter(
            (r) =>
              matches(r, state) && (text === '' || r.member.name.toLowerCase().includes(text) || (/^\d+$/.test(digits) && r.member.nip.startsWith(digits))),
          )
          const total = data.viewer.employee?.subordinates.totalCount ?? 0
          return (
            <>
              {period && <p className="page-lead">{period.name}</p>}
              <form className="filters" role="search" aria-label={t('team.filters')} onSubmit={(e) => e.preventDefault()}>
                <div className="field">
                  <label htmlFor={`${id}-q`}>{t('team.search')}</label>
                  <input id={`${id}-q`} type="search" value={q} onChange={(e) => setParam('q', e.target.value, '')} autoComplete="off" />
                </div>
                {/* A native select: the phone's own picker, and no React Aria to load for a filter. */}
                <div className="field">
                  <label htmlFor={`${id}-state`}>{t('team.state')}</label>
                  <select id={`${id}-state`} value={state} onChange={(e) => setParam('state', e.target.value, 'all')}>
                    {stateFilters.map((s) => (
                      <option key={s} value={s}>
                        {t(`team.filter.${s}`)}
                      </option>
                    ))}
                  </select>
                </div>
              </form>
              <p className="list-summary" role="status">
                <span className="list-total">{t('team.shown', { shown: shown.length, total })}</span>
              </p>
              {rows.length === 0 ? (
                <EmptyState>{t('team.empty')}</EmptyState>
              ) : shown.length === 0 ? (
                <EmptyState>{t('team.noMatch')}</EmptyState>
              ) : (
                <DataTable caption={t('team.caption')} columns={columns} rows={shown} rowKey={(r) => r.member.id} busy={result.fetching} />
              )}
            </>
          )
        }}
      </QueryView>
    </Page>
  )
}
