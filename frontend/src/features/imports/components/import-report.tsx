import { useTranslation } from 'react-i18next'
import { DataTable } from '@/components/ui/data-table'
import type { ImportEmployeesMutation } from '@/gql/graphql'
import { useFormat } from '@/lib/format'

export type ImportReportData = ImportEmployeesMutation['importEmployees']

interface ImportReportProps {
  report: ImportReportData
  /** A dry run (what would change) or the import itself (what changed). */
  mode: 'dry-run' | 'imported'
}

/**
 * ImportReport shows what an import file does: every wrong row by its line,
 * column and reason (then nothing was written), or how many rows are (or
 * would be) created, updated and left unchanged.
 */
export function ImportReport({ report, mode }: ImportReportProps) {
  const { t } = useTranslation('tools')
  const f = useFormat()
  if (report.problems.length > 0) {
    return (
      <section className="import-report" aria-labelledby="import-problems-title">
        <div className="notice notice-error" role="alert">
          <p className="notice-title" id="import-problems-title">
            {t('import.problemsTitle', { count: report.problems.length })}
          </p>
          <p>{t('import.problemsHint')}</p>
        </div>
        <DataTable
          caption={t('import.problemsCaption')}
          rows={report.problems.map((p, i) => ({ ...p, key: `${i}` }))}
          rowKey={(p) => p.key}
          columns={[
            { key: 'line', header: t('import.line'), rowHeader: true, cell: (p) => f.number(p.line) },
            { key: 'field', header: t('import.field'), cell: (p) => <code>{p.field}</code> },
            { key: 'reason', header: t('import.reason'), cell: (p) => p.reason },
          ]}
        />
      </section>
    )
  }
  return (
    <section className={`notice ${mode === 'imported' ? 'notice-success' : 'notice-info'}`} aria-labelledby="import-result-title" role="status">
      <p className="notice-title" id="import-result-title">
        {mode === 'imported' ? t('import.doneTitle') : t('import.cleanTitle')}
      </p>
      <dl className="facts facts-inline import-counts">
        <div>
          <dt>{mode === 'imported' ? t('import.created') : t('import.wouldCreate')}</dt>
          <dd>{f.number(report.created)}</dd>
        </div>
        <div>
          <dt>{mode === 'imported' ? t('import.updated') : t('import.wouldUpdate')}</dt>
          <dd>{f.number(report.updated)}</dd>
        </div>
        <div>
          <dt>{t('import.unchanged')}</dt>
          <dd>{f.number(report.unchanged)}</dd>
        </div>
      </dl>
      {mode === 'dry-run' && <p>{t('import.cleanHint')}</p>}
    </section>
  )
}
