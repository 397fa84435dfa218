import { useEffect, useEffectEvent, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useQuery } from 'urql'
import { ErrorState } from '@/components/ui/error-state'
import { LoadingState } from '@/components/ui/loading-state'
import { Page } from '@/components/ui/page'
import { useDebouncedValue } from '@/lib/use-debounced-value'
import { useFilterParams } from '@/lib/use-filter-params'
import { useLastDefined } from '@/lib/use-last-defined'
import { EmployeesQuery, employeeOrder, employeeTypes, employeeWhere, pageSize, parseSort, positionKinds } from '../api/get-employees'
import { useCanManage } from '../can-manage'
import '../employees.css'
import { EmployeeRow } from './employee-row'
import { UnitFilter } from './unit-filter'

/** How long typing must pause before the list is searched. */
const searchDelay = 300

/**
 * EmployeeList is the searchable, sortable, paged list of employees. Search,
 * unit and sort live in the address bar; the page is a stack of cursors
 * that starts again whenever they change (cursors encode the sort).
 */
export function EmployeeList() {
  const { t } = useTranslation()
  const { t: ta } = useTranslation('admin')
  const { t: tx } = useTranslation('acting')
  const canManage = useCanManage()
  const id = useId()
  const [params, setParam] = useFilterParams()
  const q = params.get('q') ?? ''
  const unit = params.get('unit') ?? ''
  const sort = parseSort(params.get('sort'))
  const type = params.get('type') ?? ''
  const kind = params.get('kind') ?? ''
  const active = params.get('active') ?? ''
  const external = params.get('external') ?? ''

  const [search, setSearch] = useState(q)
  const debouncedSearch = useDebouncedValue(search, searchDelay)
  // Only a new search text writes the address (q follows from it), so going
  // back in history does not overwrite the restored search: the effect runs
  // on the debounced text alone and reads q and setParam as they are then.
  const writeSearch = useEffectEvent((text: string) => {
    if (text !== q) setParam('q', text)
  })
  useEffect(() => writeSearch(debouncedSearch.trim()), [debouncedSearch])

  const filterKey = JSON.stringify([q, unit, sort, type, kind, active, external])
  const [paging, setPaging] = useState<{ key: string; cursors: (string | null)[] }>({ key: filterKey, cursors: [null] })
  const cursors = paging.key === filterKey ? paging.cursors : [null]
  const pageIndex = cursors.length - 1

  const [result, reexecute] = useQuery({
    query: EmployeesQuery,
    variables: {
      first: pageSize,
      after: cursors[pageIndex] ?? null,
      orderBy: employeeOrder(sort),
      where: employeeWhere(q, unit, { type, kind, active, external }),
    },
  })

  // Keep showing the last page while the next one loads, instead of a blank table.
  const lastData = useLastDefined(result.data)
  const data = result.data ?? (result.fetching ? lastData : undefined)
  const connection = data?.employees
  const rows = connection?.edges?.flatMap((edge) => (edge?.node ? [edge.node] : [])) ?? []
  const total = connection?.totalCount ?? 0
  const pages = Math.max(1, Math.ceil(total / pageSize))
  const from = total === 0 ? 0 : pageIndex * pageSize + 1
  const to = pageIndex * pageSize + rows.length

  const captionId = `${id}-caption`
  const hintId = `${id}-hint`

  return (
    <Page
      title={t('employees.title')}
      className="employee-list"
      actions={
        canManage && (
          <Link className="button button-primary" to="/admin/pegawai/baru">
            {ta('employee.create')}
          </Link>
        )
      }
    >
      <form className="filters" role="search" aria-label={t('employees.filters')} onSubmit={(e) => e.preventDefault()}>
        <div className="field field-search">
          <label htmlFor={`${id}-search`}>{t('employees.search')}</label>
          <input
            id={`${id}-search`}
            type="search"
            name="q"
            autoComplete="off"
            aria-describedby={hintId}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
          <small id={hintId} className="hint">
            {t('employees.searchHint')}
          </small>
        </div>
        <UnitFilter value={unit} onChange={(value) => setParam('unit', value, '')} />
        <div className="field">
          <label htmlFor={`${id}-sort`}>{t('employees.sort')}</label>
          <select id={`${id}-sort`} value={sort} onChange={(e) => setParam('sort', e.target.value, 'name')}>
            <option value="name">{t('employees.sortNameAsc')}</option>
            <option value="-name">{t('employees.sortNameDesc')}</option>
            <option value="nip">{t('employees.sortNipAsc')}</option>
            <option value="-nip">{t('employees.sortNipDesc')}</option>
            <option value="kind">{ta('list.sortKind')}</option>
            <option value="type">{ta('list.sortType')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-type`}>{ta('employee.type')}</label>
          <select id={`${id}-type`} value={type} onChange={(e) => setParam('type', e.target.value, '')}>
            <option value="">{ta('list.allTypes')}</option>
            {employeeTypes.map((x) => (
              <option key={x} value={x}>
                {ta(`employeeType.${x}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{ta('employee.positionKind')}</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setParam('kind', e.target.value, '')}>
            <option value="">{ta('list.allKinds')}</option>
            {positionKinds.map((x) => (
              <option key={x} value={x}>
                {t(`positionKind.${x}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-active`}>{ta('list.status')}</label>
          <select id={`${id}-active`} value={active} onChange={(e) => setParam('active', e.target.value, '')}>
            <option value="">{ta('list.allStatuses')}</option>
            <option value="active">{ta('list.active')}</option>
            <option value="inactive">{ta('list.inactive')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-external`}>{tx('external.filter')}</label>
          <select id={`${id}-external`} value={external} onChange={(e) => setParam('external', e.target.value, '')}>
            <option value="">{tx('external.all')}</option>
            <option value="internal">{tx('external.internal')}</option>
            <option value="external">{tx('external.only')}</option>
          </select>
        </div>
      </form>

      <p className="list-summary" role="status">
        {connection && (
          <>
            <span className="list-total">{t('employees.total', { count: total })}</span>
            {rows.length > 0 && <span className="list-range">{t('employees.range', { from, to, total })}</span>}
          </>
        )}
      </p>

      {!data && result.fetching && <LoadingState />}
      {!data && result.error && <ErrorState message={t('employees.error')} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {connection && rows.length === 0 && <p className="empty-state">{t('employees.empty')}</p>}
      {connection && rows.length > 0 && (
        <>
          <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
            <table className="data-table" aria-busy={result.fetching || undefined}>
              <caption id={captionId}>{t('employees.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('employees.columns.nip')}</th>
                  <th scope="col">{t('employees.columns.name')}</th>
                  <th scope="col">{t('employees.columns.rank')}</th>
                  <th scope="col">{t('employees.columns.position')}</th>
                  <th scope="col">{t('employees.columns.positionKind')}</th>
                  <th scope="col">{t('employees.columns.unit')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((employee) => (
                  <EmployeeRow key={employee.id} employee={employee} />
                ))}
              </tbody>
            </table>
          </div>
          <nav className="pagination" aria-label={t('employees.pagination')}>
            <button
              type="button"
              className="button"
              disabled={pageIndex === 0 || result.fetching}
              onClick={() => setPaging({ key: filterKey, cursors: cursors.slice(0, -1) })}
            >
              <span aria-hidden="true">←</span>
              {t('employees.previous')}
            </button>
            <span className="page-info">{t('employees.page', { page: pageIndex + 1, pages })}</span>
            <button
              type="button"
              className="button"
              disabled={!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor || result.fetching}
              onClick={() => setPaging({ key: filterKey, cursors: [...cursors, connection.pageInfo.endCursor ?? null] })}
            >
              {t('employees.next')}
              <span aria-hidden="true">→</span>
            </button>
          </nav>
        </>
      )}
    </Page>
  )
}
