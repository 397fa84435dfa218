import { useTranslation } from 'react-i18next'
import { useQuery } from 'urql'
import { QueryView } from '@/components/ui/query-view'
import type { DashboardPromotionQuery } from '@/gql/graphql'
import { PromotionQuery } from '../api/dashboard-documents'
import { ChartFrame, type FrameColumn } from './chart-frame'
import { Bars, barsHeight } from './charts'
import { useDashboard } from './dashboard-context'

type Candidate = DashboardPromotionQuery['promotionCandidates'][number]
type Condition = Candidate['conditions'][number]
type History = DashboardPromotionQuery['creditHistory'][number]

/** One line of the credit-point table: a year of an employee's history, or the employee without any year yet. */
interface CreditRow {
  key: string
  history: History
  year: History['years'][number] | null
}

/**
 * PromotionDashboard: the employees with at least Baik in the period, each
 * condition of their next promotion marked met or not (in words and a sign,
 * never colour alone), and the credit points of every functional employee per
 * year with the cumulative total.
 */
export function PromotionDashboard() {
  const { t } = useTranslation('dashboards')
  const { t: tc } = useTranslation()
  const { period, unitId } = useDashboard()
  const [result, reexecute] = useQuery({ query: PromotionQuery, variables: { periodID: period.id, unitID: unitId } })

  const status = (c: Condition) => (c.holds ? t('promotion.holds') : t('promotion.fails'))
  const held = (c: Candidate) => c.conditions.filter((x) => x.holds).length
  const columns: FrameColumn<Candidate>[] = [
    { key: 'employee', header: t('promotion.employee'), rowHeader: true, value: (c) => c.employee.name },
    { key: 'position', header: t('promotion.position'), value: (c) => c.employee.position },
    { key: 'rank', header: t('promotion.rank'), value: (c) => c.rank },
    { key: 'kind', header: t('promotion.kind'), value: (c) => t(c.functional ? 'promotion.kinds.functional' : 'promotion.kinds.regular') },
    { key: 'yearsInRank', header: t('promotion.yearsInRank'), value: (c) => c.yearsInRank },
    { key: 'predikats', header: t('promotion.predikats'), value: (c) => c.predikats.map((p) => tc(`predikat.${p}`)).join(', ') },
    { key: 'creditPointsInRank', header: t('promotion.creditPointsInRank'), value: (c) => c.creditPointsInRank },
    { key: 'creditPointsNeeded', header: t('promotion.creditPointsNeeded'), value: (c) => c.creditPointsNeeded },
    { key: 'eligible', header: t('promotion.eligible'), value: (c) => (c.eligible ? t('frame.yes') : t('frame.no')) },
    {
      key: 'conditions',
      header: t('promotion.conditions'),
      value: (c) => c.conditions.map((x) => t('promotion.conditionLine', { status: status(x), text: x.text })).join('; '),
      display: (c) => (
        <ul className="condition-list">
          {c.conditions.map((x) => (
            <li key={x.code} className={x.holds ? 'condition-holds' : 'condition-fails'} data-code={x.code}>
              <span aria-hidden="true">{x.holds ? '✓' : '✗'} </span>
              <strong>{status(x)}</strong>: {x.text}
            </li>
          ))}
        </ul>
      ),
    },
  ]

  const creditColumns: FrameColumn<CreditRow>[] = [
    { key: 'employee', header: t('promotion.employee'), rowHeader: true, value: (r) => r.history.employee.name },
    {
      key: 'level',
      header: t('promotion.level'),
      value: (r) => (r.history.employee.functionalLevel ? t(`promotion.levels.${r.history.employee.functionalLevel}`) : null),
    },
    { key: 'year', header: t('promotion.year'), value: (r) => (r.year ? String(r.year.year) : t('promotion.noYears')) },
    { key: 'predikat', header: t('promotion.predikat'), value: (r) => (r.year ? tc(`predikat.${r.year.predikat}`) : null) },
    { key: 'months', header: t('promotion.months'), value: (r) => r.year?.months ?? null },
    { key: 'points', header: t('promotion.points'), value: (r) => r.year?.points ?? null },
    { key: 'cumulative', header: t('promotion.cumulative'), value: (r) => r.year?.cumulative ?? null },
  ]

  return (
    <QueryView result={result} reexecute={reexecute}>
      {(data) => {
        const rows = data.promotionCandidates
        const histories = data.creditHistory
        const eligible = rows.filter((c) => c.eligible).length
        const creditRows = histories.flatMap((h): CreditRow[] =>
          h.years.length === 0
            ? [{ key: `${h.employee.id}-none`, history: h, year: null }]
            : h.years.map((y) => ({ key: `${h.employee.id}-${y.year}`, history: h, year: y })),
        )
        return (
          <>
            <ChartFrame
              title={t('promotion.title', { period: period.name })}
              lead={
                <>
                  <p>{t('promotion.lead')}</p>
                  {rows.length > 0 && <p>{t('promotion.summary', { eligible, total: rows.length })}</p>}
                </>
              }
              rows={rows}
              columns={columns}
              rowKey={(c) => c.employee.id}
              csvName={`kandidat-kenaikan-pangkat-${period.year}`}
              empty={t('promotion.empty')}
              height={barsHeight(rows.length, 1)}
              busy={result.fetching}
              chart={(label) => (
                <Bars
                  label={label}
                  data={rows.map((c) => ({ name: c.employee.name, held: held(c) }))}
                  category="name"
                  series={[{ key: 'held', name: t('promotion.conditionsHeld') }]}
                  valueLabel={t('promotion.conditionAxis')}
                  categoryLabel={t('promotion.employee')}
                />
              )}
            />
            <ChartFrame
              title={t('promotion.creditTitle', { period: period.name })}
              lead={<p>{t('promotion.creditLead')}</p>}
              rows={creditRows}
              columns={creditColumns}
              rowKey={(r) => r.key}
              csvName={`angka-kredit-${period.year}`}
              empty={t('promotion.creditEmpty')}
              height={barsHeight(histories.length, 1)}
              busy={result.fetching}
              chart={(label) => (
                <Bars
                  label={label}
                  data={histories.map((h) => ({ name: h.employee.name, total: h.total }))}
                  category="name"
                  series={[{ key: 'total', name: t('promotion.total') }]}
                  valueLabel={t('promotion.total')}
                  categoryLabel={t('promotion.employee')}
                />
              )}
            />
          </>
        )
      }}
    </QueryView>
  )
}
