import { Bar, BarChart, CartesianGrid, Cell, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { useFormat } from '@/lib/format'
import { seriesColor } from './palette'

/** One series of a chart: a numeric field of the rows and its name in the legend. */
export interface Series {
  key: string
  name: string
  /** A fixed colour; by default the palette's, in order. */
  color?: string
}

interface BarsProps<T> {
  /** The accessible name of the SVG. */
  label: string
  data: T[]
  /** The field naming each bar group. */
  category: string
  series: Series[]
  /** What the value axis measures. */
  valueLabel: string
  /** What the category axis lists. */
  categoryLabel: string
  /** Each bar's colour by row (e.g. outliers); by default the series'. */
  colorOf?: (row: T, seriesIndex: number) => string | undefined
  /** Activating a group (click) drills into it. */
  onSelect?: (row: T) => void
  stacked?: boolean
  /** A line across the value axis (0 for gaps). */
  reference?: number
  domain?: [number | 'auto' | 'dataMin', number | 'auto' | 'dataMax']
  percent?: boolean
}

/**
 * Bars lays groups out as horizontal bars, one row per group, so long
 * names stay readable on a phone. Keyboard: Tab to the chart, arrows move
 * the tooltip from group to group with its values.
 */
export function Bars<T extends object>({
  label,
  data,
  category,
  series,
  valueLabel,
  categoryLabel,
  colorOf,
  onSelect,
  stacked,
  reference,
  domain,
  percent,
}: BarsProps<T>) {
  const fmt = useFormat()
  const select = (index: number) => {
    const row = data[index]
    if (row && onSelect) onSelect(row)
  }
  const format = (v: unknown) => (typeof v === 'number' ? (percent ? `${fmt.number(v * 100, 1)}%` : fmt.number(v)) : '—')
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart
        data={data}
        layout="vertical"
        role="img"
        aria-label={label}
        title={label}
        accessibilityLayer
        margin={{ top: 8, right: 16, bottom: 28, left: 8 }}
        style={onSelect ? { cursor: 'pointer' } : undefined}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis
          type="number"
          domain={domain ?? [0, 'auto']}
          tickFormatter={(v: number) => format(v)}
          label={{ value: valueLabel, position: 'insideBottom', offset: -18 }}
        />
        <YAxis
          type="category"
          dataKey={category}
          width={130}
          tick={{ fontSize: 12 }}
          tickFormatter={(v: string) => (v.length > 20 ? `${v.slice(0, 19)}…` : v)}
          label={{ value: categoryLabel, angle: -90, position: 'insideLeft', offset: 0, style: { textAnchor: 'middle' } }}
        />
        <Tooltip formatter={(v) => format(v)} itemSorter={(item) => series.findIndex((x) => x.key === item.dataKey)} />
        <Legend verticalAlign="top" itemSorter={null} formatter={legendText} />
        {reference !== undefined && <ReferenceLine x={reference} stroke="#000" />}
        {series.map((s, n) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.name}
            fill={s.color ?? seriesColor(n)}
            stackId={stacked ? 'stack' : undefined}
            isAnimationActive={false}
            onClick={onSelect ? (_: unknown, index: number) => select(index) : undefined}
          >
            {colorOf && data.map((row, i) => <Cell key={i} fill={colorOf(row, n) ?? s.color ?? seriesColor(n)} />)}
          </Bar>
        ))}
      </BarChart>
    </ResponsiveContainer>
  )
}

interface LinesProps<T> {
  label: string
  data: T[]
  category: string
  series: Series[]
  valueLabel: string
  categoryLabel: string
}

/** Lines draws series across an ordered axis (periods). */
export function Lines<T extends object>({ label, data, category, series, valueLabel, categoryLabel }: LinesProps<T>) {
  const fmt = useFormat()
  const format = (v: unknown) => (typeof v === 'number' ? fmt.number(v) : '—')
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={data} role="img" aria-label={label} title={label} accessibilityLayer margin={{ top: 8, right: 16, bottom: 28, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey={category} label={{ value: categoryLabel, position: 'insideBottom', offset: -18 }} />
        <YAxis
          domain={['auto', 'auto']}
          tickFormatter={(v: number) => format(v)}
          label={{ value: valueLabel, angle: -90, position: 'insideLeft', style: { textAnchor: 'middle' } }}
        />
        <Tooltip formatter={(v) => format(v)} itemSorter={(item) => series.findIndex((x) => x.key === item.dataKey)} />
        <Legend verticalAlign="top" itemSorter={null} formatter={legendText} />
        {series.map((s, n) => (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.name}
            stroke={s.color ?? seriesColor(n)}
            strokeWidth={2}
            strokeDasharray={n === 0 ? undefined : `${4 + n * 2} ${2 + n}`}
            dot={{ r: 4 }}
            connectNulls
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  )
}

/** legendText keeps the legend's words in the text colour (the swatch carries the series' colour). */
function legendText(value: unknown) {
  return <span className="chart-legend-text">{String(value)}</span>
}

/** barsHeight sizes a horizontal bar chart to its groups: room for each, and the axes. */
export function barsHeight(groups: number, series: number): number {
  return Math.max(200, 80 + groups * Math.max(28, series * 12 + 12))
}
