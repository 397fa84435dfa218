import { useContext, useId, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, NavLink, Outlet, useLocation } from 'react-router'
import { useQuery } from 'urql'
import { EmptyState } from '@/components/ui/empty-state'
import { Page } from '@/components/ui/page'
import { QueryView } from '@/components/ui/query-view'
import type { DashboardFiltersQuery as FiltersResult } from '@/gql/graphql'
import { SessionContext } from '@/lib/session'
import { useFilterParams } from '@/lib/use-filter-params'
import { DashboardFiltersQuery } from '../api/dashboard-documents'
import '../dashboards.css'
import { type DashboardContext, type PeriodOption, unitTree } from './dashboard-context'
import { dashboardPaths, mayOpen } from './dashboard-list'

/** The period a dashboard opens on: the newest closed one (it has final appraisals), else the current one. */
function defaultPeriod(data: FiltersResult, periods: (PeriodOption & { phase: string })[]): PeriodOption | undefined {
  return periods.find((p) => p.phase === 'CLOSED') ?? periods.find((p) => p.id === data.viewer.currentPeriod?.id) ?? periods[0]
}

/** useRoles is the viewer's roles, or none outside a session (tests of one dashboard). */
export function useRoles(): readonly string[] {
  const session = useContext(SessionContext)
  return session?.status === 'signed-in' ? session.viewer.roles : []
}

/**
 * DashboardsLayout frames every dashboard: the list of dashboards, the
 * shared filters (period, unit with its sub-units) kept in the address so a
 * view can be bookmarked and sent, and the dashboard itself.
 */
export function DashboardsLayout() {
  const { t } = useTranslation('dashboards')
  const id = useId()
  const [params, setParam] = useFilterParams()
  const { search } = useLocation()
  const roles = useRoles()
  const [result, reexecute] = useQuery({ query: DashboardFiltersQuery })

  const data = result.data
  const periods = useMemo(() => (data?.periods.edges ?? []).flatMap((e) => (e?.node ? [e.node] : [])), [data])
  const units = useMemo(() => unitTree((data?.orgUnits.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []))), [data])
  const unitById = useMemo(() => new Map(units.map((u) => [u.id, u])), [units])

  return (
    <Page title={t('title')} lead={t('lead')}>
      <nav aria-label={t('list')} className="dashboard-nav">
        <ul>
          {dashboardPaths
            .filter((p) => mayOpen(p, roles))
            .map((p) => (
              <li key={p}>
                <NavLink to={{ pathname: `/dasbor/${p}`, search }}>{t(`${p}.nav`)}</NavLink>
              </li>
            ))}
        </ul>
      </nav>
      <QueryView result={result} reexecute={reexecute}>
        {(d) => {
          const fallback = defaultPeriod(d, periods)
          const period = periods.find((p) => p.id === params.get('periode')) ?? fallback
          if (!period) return <EmptyState>{t('noPeriods')}</EmptyState>
          const wanted = params.get('unit')
          const unitId = wanted && unitById.has(wanted) ? wanted : null
          const setUnit = (u: string | null) => setParam('unit', u ?? '', '')
          const context: DashboardContext = { period, unitId, units, unitById, setUnit }
          const trail: { id: string; name: string }[] = []
          for (let u = unitId ? unitById.get(unitId) : undefined; u; u = u.parentId ? unitById.get(u.parentId) : undefined) trail.unshift(u)
          return (
            <>
              <form className="filters dashboard-filters" role="search" aria-label={t('filters')} onSubmit={(e) => e.preventDefault()}>
                {/* Native selects: the phone's own picker. */}
                <div className="field">
                  <label htmlFor={`${id}-period`}>{t('period')}</label>
                  <select id={`${id}-period`} value={period.id} onChange={(e) => setParam('periode', e.target.value, '')}>
                    {periods.map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.name}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor={`${id}-unit`}>{t('unit')}</label>
                  <select id={`${id}-unit`} value={unitId ?? ''} onChange={(e) => setUnit(e.target.value || null)} aria-describedby={`${id}-unit-help`}>
                    <option value="">{t('allUnits')}</option>
                    {units.map((u) => (
                      <option key={u.id} value={u.id}>
                        {'\u2003'.repeat(u.depth)}
                        {u.name}
                      </option>
                    ))}
                  </select>
                  <p className="hint" id={`${id}-unit-help`}>
                    {t('unitHelp')}
                  </p>
                </div>
              </form>
              {trail.length > 0 && (
                <nav aria-label={t('trail')} className="unit-trail">
                  <ol>
                    <li>
                      <Link to={{ search: without(params, 'unit') }}>{t('allUnits')}</Link>
                    </li>
                    {trail.map((u, i) => (
                      <li key={u.id}>
                        {i === trail.length - 1 ? (
                          <span aria-current="location">{u.name}</span>
                        ) : (
                          <Link to={{ search: withParam(params, 'unit', u.id) }}>{u.name}</Link>
                        )}
                      </li>
                    ))}
                  </ol>
                </nav>
              )}
              <Outlet context={context} />
            </>
          )
        }}
      </QueryView>
    </Page>
  )
}

function without(params: URLSearchParams, name: string): string {
  const next = new URLSearchParams(params)
  next.delete(name)
  return next.toString()
}

function withParam(params: URLSearchParams, name: string, value: string): string {
  const next = new URLSearchParams(params)
  next.set(name, value)
  return next.toString()
}
