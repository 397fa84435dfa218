import { type ReactNode, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '@/components/ui/button'
import { type Column, DataTable } from '@/components/ui/data-table'
import { EmptyState } from '@/components/ui/empty-state'
import { useFormat } from '@/lib/format'
import { type CsvCell, downloadCsv, toCsv } from './csv'

/** A column of a dashboard's table: its raw value goes to the CSV, its display to the page. */
export interface FrameColumn<T> {
  key: string
  header: string
  /** The raw value: numbers stay numbers in the CSV. */
  value: (row: T) => CsvCell
  /** What the page shows; by default the value, numbers in the active locale. */
  display?: (row: T) => ReactNode
  rowHeader?: boolean
}

interface ChartFrameProps<T> {
  title: string
  /** A line under the title: what the chart counts, a rule it applies. */
  lead?: ReactNode
  rows: T[]
  columns: FrameColumn<T>[]
  /** The columns the page shows, when they differ from the export's. */
  tableColumns?: FrameColumn<T>[]
  rowKey: (row: T) => string
  /** The file name of the export, without .csv. */
  csvName: string
  /** Why there is nothing to show. */
  empty: ReactNode
  /** The chart; gets the accessible name to put on its SVG. */
  chart: (label: string) => ReactNode
  /** The chart's height in pixels (its width follows the page). */
  height?: number | 'auto'
  /** Under the chart or table: notes, deviations. */
  children?: ReactNode
  busy?: boolean
}

/**
 * ChartFrame is the one frame of every dashboard chart: a titled section
 * with the chart or, on request, its table (the text alternative, also kept
 * visually hidden beside the chart for screen readers), and the table's
 * export as CSV in the active language.
 */
export function ChartFrame<T>({
  title,
  lead,
  rows,
  columns,
  tableColumns: shown,
  rowKey,
  csvName,
  empty,
  chart,
  height = 320,
  children,
  busy,
}: ChartFrameProps<T>) {
  const { t } = useTranslation('dashboards')
  const fmt = useFormat()
  const id = useId()
  const [asTable, setAsTable] = useState(false)

  const tableColumns: Column<T>[] = (shown ?? columns).map((c) => ({
    key: c.key,
    header: c.header,
    rowHeader: c.rowHeader,
    className: c.rowHeader ? undefined : 'num-cell',
    cell: (row) => {
      if (c.display) return c.display(row)
      const v = c.value(row)
      if (typeof v === 'number') return fmt.number(v)
      if (typeof v === 'boolean') return v ? t('frame.yes') : t('frame.no')
      return v ?? '—'
    },
  }))

  function exportCsv() {
    const header = columns.map((c) => c.header)
    const body = rows.map((r) => columns.map((c) => c.value(r)))
    downloadCsv(csvName, toCsv(header, body))
  }

  const label = t('frame.chartLabel', { title })
  return (
    <section className="chart-frame" aria-labelledby={`${id}-title`}>
      <div className="chart-frame-header">
        <h2 id={`${id}-title`}>{title}</h2>
        {rows.length > 0 && (
          <div className="chart-frame-actions">
            <Button variant="secondary" aria-pressed={asTable} onPress={() => setAsTable((v) => !v)}>
              {asTable ? t('frame.showChart') : t('frame.showTable')}
            </Button>
            <Button variant="secondary" onPress={exportCsv}>
              {t('frame.exportCsv')}
            </Button>
          </div>
        )}
      </div>
      {lead && <div className="chart-frame-lead">{lead}</div>}
      {rows.length === 0 ? (
        <EmptyState>{empty}</EmptyState>
      ) : asTable ? (
        <div className="chart-table">
          <DataTable caption={title} columns={tableColumns} rows={rows} rowKey={rowKey} busy={busy} />
        </div>
      ) : (
        <>
          <div className="chart-box" style={{ height }} data-testid="chart">
            {chart(label)}
          </div>
          <div className="visually-hidden">
            <DataTable caption={title} columns={tableColumns} rows={rows} rowKey={rowKey} captionHidden />
          </div>
        </>
      )}
      {children}
    </section>
  )
}
