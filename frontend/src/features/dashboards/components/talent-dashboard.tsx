import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useQuery } from 'urql'
import { QueryView } from '@/components/ui/query-view'
import type { DashboardTalentGridQuery, TalentLevel } from '@/gql/graphql'
import { TalentGridQuery } from '../api/dashboard-documents'
import { ChartFrame, type FrameColumn } from './chart-frame'
import { useDashboard } from './dashboard-context'
import { NoAppraisals } from './no-appraisals'

type Cell = DashboardTalentGridQuery['talentGrid'][number]
const performanceRows: TalentLevel[] = ['HIGH', 'MEDIUM', 'LOW']
const potentialColumns: TalentLevel[] = ['LOW', 'MEDIUM', 'HIGH']

/** TalentDashboard: the 9-box grid of performance (predikat) × potential, names on hover or focus, and as a list. */
export function TalentDashboard() {
  const { t } = useTranslation('dashboards')
  const { period, unitId } = useDashboard()
  const [result, reexecute] = useQuery({ query: TalentGridQuery, variables: { periodID: period.id, unitID: unitId } })
  const [active, setActive] = useState<string | null>(null)
  const boxName = (c: Pick<Cell, 'performance' | 'potential'>) =>
    t('talent.box', { performance: t(`talent.level.${c.performance}`), potential: t(`talent.level.${c.potential}`) })
  const columns: FrameColumn<Cell>[] = [
    { key: 'box', header: t('talent.boxHeader'), rowHeader: true, value: boxName },
    { key: 'performance', header: t('talent.performance'), value: (c) => t(`talent.level.${c.performance}`) },
    { key: 'potential', header: t('talent.potential'), value: (c) => t(`talent.level.${c.potential}`) },
    { key: 'count', header: t('talent.count'), value: (c) => c.count },
    { key: 'names', header: t('talent.names'), value: (c) => c.employees.map((e) => e.name).join('; ') },
  ]
  return (
    <QueryView result={result} reexecute={reexecute}>
      {(data) => {
        const cells = data.talentGrid
        const total = cells.reduce((a, c) => a + c.count, 0)
        const at = (perf: TalentLevel, pot: TalentLevel) => cells.find((c) => c.performance === perf && c.potential === pot)
        const shown = active ? cells.find((c) => `${c.performance}-${c.potential}` === active) : undefined
        return (
          <ChartFrame
            title={t('talent.title', { period: period.name })}
            lead={<p>{t('talent.lead')}</p>}
            rows={total === 0 ? [] : cells}
            columns={columns}
            rowKey={(c) => `${c.performance}-${c.potential}`}
            csvName={`talenta-9-kotak-${period.year}`}
            empty={<NoAppraisals />}
            height="auto"
            busy={result.fetching}
            chart={(label) => (
              <div className="nine-box-wrap">
                <div className="nine-box" role="group" aria-label={label}>
                  <span className="nine-box-axis nine-box-y" aria-hidden="true">
                    {t('talent.performance')} →
                  </span>
                  {performanceRows.map((perf) =>
                    potentialColumns.map((pot) => {
                      const c = at(perf, pot)
                      const key = `${perf}-${pot}`
                      return (
                        <button
                          type="button"
                          key={key}
                          className={`nine-box-cell nine-box-${perf.toLowerCase()}-${pot.toLowerCase()}`}
                          aria-pressed={active === key}
                          onMouseEnter={() => setActive(key)}
                          onFocus={() => setActive(key)}
                          onClick={() => setActive(key)}
                        >
                          <span className="nine-box-name">{boxName({ performance: perf, potential: pot })}</span>{' '}
                          <span className="nine-box-count">
                            {c?.count ?? 0}
                            <span className="visually-hidden"> {t('talent.people')}</span>
                          </span>
                        </button>
                      )
                    }),
                  )}
                  <span className="nine-box-axis nine-box-x" aria-hidden="true">
                    {t('talent.potential')} →
                  </span>
                </div>
                <div className="nine-box-names" aria-live="polite">
                  {shown ? (
                    <>
                      <strong>{boxName(shown)}</strong>
                      {shown.employees.length ? (
                        <ul>
                          {shown.employees.map((e) => (
                            <li key={e.id}>{e.name}</li>
                          ))}
                        </ul>
                      ) : (
                        <p>{t('talent.nobody')}</p>
                      )}
                    </>
                  ) : (
                    <p>{t('talent.pick')}</p>
                  )}
                </div>
              </div>
            )}
          />
        )
      }}
    </QueryView>
  )
}
