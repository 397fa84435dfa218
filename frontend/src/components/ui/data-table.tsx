import type { ReactNode } from 'react'

export interface Column<T> {
  key: string
  header: string
  cell: (row: T) => ReactNode
  /** The column that names the row (a row header). */
  rowHeader?: boolean
  className?: string
}

interface DataTableProps<T> {
  caption: string
  columns: Column<T>[]
  rows: T[]
  rowKey: (row: T) => string
  busy?: boolean
  captionHidden?: boolean
}

/**
 * DataTable is a plain, semantic table (links and buttons in cells are
 * reached with Tab). Below 40rem each row becomes a card with the column's
 * name beside each value, so nothing scrolls sideways; the explicit roles
 * keep the table semantics that CSS display changes would drop.
 */
export function DataTable<T>({ caption, columns, rows, rowKey, busy, captionHidden }: DataTableProps<T>) {
  return (
    // A wide table scrolls sideways in its wrapper; keyboard users reach the
    // scrolling region with Tab.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <div className="table-wrap" tabIndex={0}>
      <table className="data-table responsive-table" role="table" aria-busy={busy || undefined}>
        <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
        {/* eslint-disable-next-line jsx-a11y/no-redundant-roles -- the explicit roles survive the card layout's CSS display change */}
        <thead role="rowgroup">
          <tr role="row">
            {columns.map((c) => (
              <th key={c.key} scope="col" role="columnheader" className={c.className}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        {/* eslint-disable-next-line jsx-a11y/no-redundant-roles -- the explicit roles survive the card layout's CSS display change */}
        <tbody role="rowgroup">
          {rows.map((row) => (
            <tr key={rowKey(row)} role="row">
              {columns.map((c) =>
                c.rowHeader ? (
                  <th key={c.key} scope="row" role="rowheader" className={c.className}>
                    {c.cell(row)}
                  </th>
                ) : (
                  // eslint-disable-next-line jsx-a11y/no-interactive-element-to-noninteractive-role -- td of a table (not a grid) is a cell, not a widget
                  <td key={c.key} role="cell" className={c.className}>
                    <span className="cell-label" aria-hidden="true">
                      {c.header}
                    </span>
                    <span className="cell-value">{c.cell(row)}</span>
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
