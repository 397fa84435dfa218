import { useTranslation } from 'react-i18next'

type Snapshot = Record<string, unknown> | null | undefined

export interface DiffRow {
  field: string
  before: unknown
  after: unknown
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/**
 * diffRows lists the fields a change touched, in name order: for a creation
 * every field set (before is absent), for an update the fields whose value
 * differs from the snapshot before.
 */
export function diffRows(before: Snapshot, after: Snapshot): DiffRow[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])
  return [...keys]
    .sort()
    .map((field) => ({ field, before: before?.[field], after: after?.[field] }))
    .filter((r) => !before || !same(r.before, r.after))
}

/** showValue writes a snapshot value for reading: text as it is, other values as JSON. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  return JSON.stringify(value)
}

/** AuditDiff is the readable before/after of one audited change. */
export function AuditDiff({ before, after, caption }: { before: Snapshot; after: Snapshot; caption: string }) {
  const { t } = useTranslation('tools')
  const rows = diffRows(before, after)
  if (rows.length === 0) return <p className="hint">{t('audit.noChanges')}</p>
  const empty = <span className="muted">{t('audit.empty')}</span>
  return (
    <div className="audit-diff-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className="audit-diff">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.fieldName')}</th>
            <th scope="col">{t('audit.before')}</th>
            <th scope="col">{t('audit.after')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.field}>
              <th scope="row">
                <code>{r.field}</code>
              </th>
              <td className="audit-before">{before ? showValue(r.before) || empty : empty}</td>
              <td className="audit-after">{showValue(r.after) || empty}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
