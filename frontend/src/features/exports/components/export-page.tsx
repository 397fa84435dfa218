import { useEffect, useEffectEvent, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useQuery } from 'urql'
import { Button } from '@/components/ui/button'
import { DataTable } from '@/components/ui/data-table'
import { EmptyState } from '@/components/ui/empty-state'
import { ErrorView } from '@/components/ui/error-view'
import { LoadingState } from '@/components/ui/loading-state'
import { Page } from '@/components/ui/page'
import { QueryView } from '@/components/ui/query-view'
import { Select } from '@/components/ui/select'
import { StatusBadge } from '@/components/ui/status-badge'
import type { ExportOptionsQuery as ExportOptionsData } from '@/gql/graphql'
import { formatNip } from '@/lib/format-nip'
import { loadFailure } from '@/lib/graphql-errors'
import { useDebouncedValue } from '@/lib/use-debounced-value'
import { useFilterParams } from '@/lib/use-filter-params'
import { useLastDefined } from '@/lib/use-last-defined'
import { appraisalPageSize, appraisalWhere, ExportAppraisalsQuery, ExportOptionsQuery, exportedWhere, exportUrl, printUrl } from '../api/export-documents'
import '../exports.css'

/**
 * ExportPage (Ekspor dan cetak): the CSV and XLSX of a period's appraisals
 * (for a unit with its sub-units, if chosen), and the printable evaluation
 * document of each appraisal the viewer may see.
 */
export function ExportPage() {
  const { t } = useTranslation('tools')
  const [result, reexecute] = useQuery({ query: ExportOptionsQuery })
  return (
    <Page title={t('export.title')} lead={t('export.lead')}>
      <QueryView result={result} reexecute={reexecute}>
        {(data) => <ExportTools options={data} />}
      </QueryView>
    </Page>
  )
}

function ExportTools({ options }: { options: ExportOptionsData }) {
  const { t, i18n } = useTranslation('tools')
  const id = useId()
  const [params, setParam] = useFilterParams()
  const periods = options.periods.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? []
  const units = options.orgUnits.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? []
  const periodID = periods.find((p) => p.id === params.get('periode'))?.id ?? periods[0]?.id ?? ''
  const unitID = units.find((u) => u.id === params.get('unit'))?.id ?? ''
  const q = params.get('q') ?? ''
  const [search, setSearch] = useState(q)
  const debounced = useDebouncedValue(search, 300)
  const writeSearch = useEffectEvent((text: string) => {
    if (text !== q) setParam('q', text)
  })
  useEffect(() => writeSearch(debounced.trim()), [debounced])

  if (periods.length === 0) return <EmptyState>{t('export.noPeriods')}</EmptyState>
  return (
    <>
      <section className="card export-files" aria-labelledby={`${id}-files`}>
        <h2 id={`${id}-files`}>{t('export.filesTitle')}</h2>
        <div className="filters export-filters">
          <Select
            label={t('export.period')}
            options={periods.map((p) => ({ id: p.id, label: p.name }))}
            value={periodID}
            onChange={(v) => setParam('periode', v, periods[0]?.id ?? '')}
          />
          <Select
            label={t('export.unit')}
            options={[{ id: '', label: t('export.allUnits') }, ...units.map((u) => ({ id: u.id, label: `${u.code} · ${u.name}` }))]}
            value={unitID}
            onChange={(v) => setParam('unit', v)}
          />
        </div>
        <ExportCount periodID={periodID} unitID={unitID} />
        <p className="hint">{t('export.filesHint')}</p>
        <div className="form-actions">
          <a className="button button-primary" href={exportUrl('xlsx', periodID, unitID, i18n.language)} download>
            {t('export.xlsx')}
          </a>
          <a className="button button-secondary" href={exportUrl('csv', periodID, unitID, i18n.language)} download>
            {t('export.csv')}
          </a>
        </div>
      </section>

      <section className="export-print" aria-labelledby={`${id}-print`}>
        <h2 id={`${id}-print`}>{t('export.printTitle')}</h2>
        <form className="filters" role="search" aria-label={t('export.searchLabel')} onSubmit={(e) => e.preventDefault()}>
          <div className="field field-search">
            <label htmlFor={`${id}-search`}>{t('export.search')}</label>
            <input id={`${id}-search`} type="search" autoComplete="off" value={search} onChange={(e) => setSearch(e.target.value)} />
          </div>
        </form>
        <AppraisalList key={`${periodID}-${unitID}-${q}`} periodID={periodID} unitID={unitID} search={q} />
      </section>
    </>
  )
}

/** ExportCount says how many rows the download holds, as the server counts them. */
function ExportCount({ periodID, unitID }: { periodID: string; unitID: string }) {
  const { t } = useTranslation('tools')
  const [result] = useQuery({
    query: ExportAppraisalsQuery,
    variables: { first: 0, where: appraisalWhere(periodID, unitID, ''), exported: exportedWhere(periodID, unitID) },
  })
  const n = result.data?.exported.totalCount
  return (
    <p className="export-count" role="status">
      {n === undefined ? (result.fetching ? t('export.counting') : '') : t('export.count', { count: n })}
    </p>
  )
}

function AppraisalList({ periodID, unitID, search }: { periodID: string; unitID: string; search: string }) {
  const { t } = useTranslation('tools')
  const [cursors, setCursors] = useState<(string | null)[]>([null])
  const [result, reexecute] = useQuery({
    query: ExportAppraisalsQuery,
    variables: {
      first: appraisalPageSize,
      after: cursors.at(-1) ?? null,
      where: appraisalWhere(periodID, unitID, search),
      exported: exportedWhere(periodID, unitID),
    },
  })
  const last = useLastDefined(result.data)
  const data = result.data ?? (result.fetching ? last : undefined)
  if (!data) {
    if (result.error) return <ErrorView failure={loadFailure(result.error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
    return <LoadingState />
  }
  const rows = data.appraisals.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? []
  if (rows.length === 0) return <EmptyState>{t('export.noAppraisals')}</EmptyState>
  return (
    <>
      <p className="list-summary">{t('export.listTotal', { count: data.appraisals.totalCount })}</p>
      <DataTable
        caption={t('export.listCaption')}
        captionHidden
        busy={result.fetching}
        rows={rows}
        rowKey={(a) => a.id}
        columns={[
          {
            key: 'employee',
            header: t('export.employee'),
            rowHeader: true,
            cell: (a) => (
              <>
                {a.plan.employee.name}
                <span className="row-sub nip">{formatNip(a.plan.employee.nip)}</span>
              </>
            ),
          },
          { key: 'unit', header: t('export.unitCode'), cell: (a) => a.plan.employee.unit?.code ?? '' },
          {
            key: 'kind',
            header: t('export.kind'),
            cell: (a) => (a.kind === 'ANNUAL' ? t('export.annual') : t('export.quarterly', { n: a.quarter ?? '' })),
          },
          { key: 'status', header: t('export.status'), cell: (a) => <StatusBadge kind="appraisal" value={a.status} /> },
          { key: 'predikat', header: t('export.predikat'), cell: (a) => (a.predikat ? <StatusBadge kind="predikat" value={a.predikat} /> : '') },
          {
            key: 'print',
            header: t('export.print'),
            cell: (a) => (
              <a href={printUrl(a.id)} target="_blank" rel="noopener">
                {t('export.printLink')}
                <span className="visually-hidden"> {t('export.printFor', { name: a.plan.employee.name })}</span>
              </a>
            ),
          },
        ]}
      />
      {(data.appraisals.pageInfo.hasNextPage || cursors.length > 1) && (
        <nav className="pagination" aria-label={t('pager.label')}>
          <Button isDisabled={cursors.length < 2 || result.fetching} onPress={() => setCursors(cursors.slice(0, -1))}>
            {t('pager.previous')}
          </Button>
          <span className="page-info">{t('pager.page', { page: cursors.length })}</span>
          <Button
            isDisabled={!data.appraisals.pageInfo.hasNextPage || result.fetching}
            onPress={() => setCursors([...cursors, data.appraisals.pageInfo.endCursor ?? null])}
          >
            {t('pager.next')}
          </Button>
        </nav>
      )}
    </>
  )
}
