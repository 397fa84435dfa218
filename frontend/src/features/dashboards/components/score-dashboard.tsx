import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useQuery } from 'urql'
import { QueryView } from '@/components/ui/query-view'
import type { DashboardScoreSummaryQuery, SummaryGroupBy } from '@/gql/graphql'
import { useFilterParams } from '@/lib/use-filter-params'
import { ScoreSummaryQuery } from '../api/dashboard-documents'
import { ChartFrame, type FrameColumn } from './chart-frame'
import { Bars, barsHeight } from './charts'
import { useDashboard } from './dashboard-context'
import { NoAppraisals } from './no-appraisals'

type Group = DashboardScoreSummaryQuery['scoreSummary'][number]

/** The dimensions as written in the address. */
const dimensions: Record<string, SummaryGroupBy> = { unit: 'UNIT', kriteria: 'CRITERION', golongan: 'RANK', jabatan: 'POSITION_KIND', penilai: 'APPRAISER' }
type Dimension = 'unit' | 'kriteria' | 'golongan' | 'jabatan' | 'penilai'
const dimensionNames: Dimension[] = ['unit', 'kriteria', 'golongan', 'jabatan', 'penilai']
const sorts = ['nama', 'rata', 'jumlah'] as const
type Sort = (typeof sorts)[number]

function pick<K extends string>(value: string | null, allowed: readonly K[], fallback: K): K {
  return (allowed as readonly string[]).includes(value ?? '') ? (value as K) : fallback
}

/** ScoreDashboard: mean scores and the three aspects by unit, criterion, rank, position kind or appraiser. */
export function ScoreDashboard() {
  const { t } = useTranslation('dashboards')
  const { t: tc } = useTranslation()
  const id = useId()
  const { period, unitId, units, unitById, setUnit } = useDashboard()
  const [params, setParam] = useFilterParams()
  const dim = pick(params.get('kelompok'), dimensionNames, 'unit')
  const sort = pick(params.get('urut'), sorts, 'nama')
  const groupBy = dimensions[dim] ?? 'UNIT'
  const [result, reexecute] = useQuery({ query: ScoreSummaryQuery, variables: { periodID: period.id, groupBy, unitID: unitId } })

  const labelOf = (g: Group) => {
    if (dim === 'jabatan' && g.key) return tc(`positionKind.${g.key}` as 'positionKind.PELAKSANA', { defaultValue: g.label })
    return g.label
  }
  const codeOf = (g: Group) => (dim === 'unit' ? (g.code ?? unitById.get(g.key)?.code) : undefined)
  const aspects = groupBy !== 'CRITERION'
  const series = [
    { key: 'average', name: t('score.average') },
    ...(aspects
      ? [
          { key: 'timeliness', name: t('score.timeliness') },
          { key: 'quality', name: t('score.quality') },
          { key: 'teamwork', name: t('score.teamwork') },
        ]
      : []),
  ]
  const hasChildren = (id: string) => units.some((u) => u.parentId === id)
  // A unit's own staff come as a group keyed by the unit itself: only the groups of sub-units with units below them drill down.
  const groups = result.data?.scoreSummary ?? []
  const drillable = (g: Group) =>
    dim === 'unit' && !!g.key && g.key !== unitId && hasChildren(g.key) && !groups.some((o) => unitById.get(o.key)?.parentId === g.key)

  const columns: FrameColumn<Group>[] = [
    {
      key: 'label',
      header: t(`score.dim.${dim}`),
      rowHeader: true,
      value: (g) => labelOf(g),
      display: (g) => (
        <>
          {drillable(g) ? <Link to={{ search: drillSearch(params, g.key) }}>{labelOf(g)}</Link> : labelOf(g)}
          {codeOf(g) && <span className="row-sub">{codeOf(g)}</span>}
        </>
      ),
    },
    ...(dim === 'unit' ? [{ key: 'code', header: t('score.code'), value: (g: Group) => codeOf(g) ?? '' }] : []),
    { key: 'count', header: aspects ? t('score.count') : t('score.countScores'), value: (g) => g.count },
    { key: 'average', header: t('score.average'), value: (g) => g.average },
    { key: 'min', header: t('score.min'), value: (g) => g.min },
    { key: 'max', header: t('score.max'), value: (g) => g.max },
    ...(aspects
      ? [
          { key: 'timeliness', header: t('score.timeliness'), value: (g: Group) => g.timeliness },
          { key: 'quality', header: t('score.quality'), value: (g: Group) => g.quality },
          { key: 'teamwork', header: t('score.teamwork'), value: (g: Group) => g.teamwork },
        ]
      : []),
  ]
  // The drill-down column of the page only; the export keeps the figures.
  const shownColumns = dim === 'unit' ? columns.filter((c) => c.key !== 'code') : columns

  return (
    <>
      <form className="filters dashboard-options" aria-label={t('score.options')} onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={`${id}-dim`}>{t('score.groupBy')}</label>
          <select id={`${id}-dim`} value={dim} onChange={(e) => setParam('kelompok', e.target.value, 'unit')}>
            {dimensionNames.map((d) => (
              <option key={d} value={d}>
                {t(`score.dim.${d}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-sort`}>{t('score.sort')}</label>
          <select id={`${id}-sort`} value={sort} onChange={(e) => setParam('urut', e.target.value, 'nama')}>
            {sorts.map((s) => (
              <option key={s} value={s}>
                {t(`score.sortBy.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </form>
      <QueryView result={result} reexecute={reexecute}>
        {(data) => {
          const rows = sorted(data.scoreSummary, sort, labelOf)
          const chartRows = rows.map((g) => ({ ...g, name: labelOf(g) }))
          return (
            <ChartFrame
              title={t('score.chartTitle', { dim: t(`score.dim.${dim}`).toLowerCase(), period: period.name })}
              lead={dim === 'unit' ? t('score.drillHint') : aspects ? undefined : t('score.criterionHint')}
              rows={rows}
              columns={columns}
              rowKey={(g) => g.key || '—'}
              csvName={`skor-${dim}-${period.year}`}
              empty={<NoAppraisals />}
              height={barsHeight(rows.length, series.length)}
              busy={result.fetching}
              tableColumns={shownColumns}
              chart={(label) => (
                <Bars
                  label={label}
                  data={chartRows}
                  category="name"
                  series={series}
                  valueLabel={t('score.axisScore')}
                  categoryLabel={t(`score.dim.${dim}`)}
                  onSelect={dim === 'unit' ? (g) => drillable(g) && setUnit(g.key) : undefined}
                />
              )}
            >
              {dim === 'unit' && rows.some(drillable) && (
                <nav className="drill-links" aria-label={t('score.drillNav')}>
                  <ul>
                    {rows.filter(drillable).map((g) => (
                      <li key={g.key}>
                        <Link to={{ search: drillSearch(params, g.key) }}>{t('score.drillInto', { unit: labelOf(g) })}</Link>
                      </li>
                    ))}
                  </ul>
                </nav>
              )}
            </ChartFrame>
          )
        }}
      </QueryView>
    </>
  )
}

function drillSearch(params: URLSearchParams, unit: string): string {
  const next = new URLSearchParams(params)
  next.set('unit', unit)
  return next.toString()
}

function sorted(groups: Group[], sort: Sort, labelOf: (g: Group) => string): Group[] {
  const out = [...groups]
  if (sort === 'rata') out.sort((a, b) => (b.average ?? -Infinity) - (a.average ?? -Infinity))
  else if (sort === 'jumlah') out.sort((a, b) => b.count - a.count)
  else out.sort((a, b) => labelOf(a).localeCompare(labelOf(b)))
  return out
}
