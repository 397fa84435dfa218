import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useMutation } from 'urql'
import { FormAlert } from '@/components/form/form-alert'
import { Button } from '@/components/ui/button'
import { ErrorView } from '@/components/ui/error-view'
import { LoadingState } from '@/components/ui/loading-state'
import { Page } from '@/components/ui/page'
import { Select } from '@/components/ui/select'
import { notify } from '@/components/ui/toast'
import { errorMessage } from '@/lib/graphql-errors'
import { useSession } from '@/lib/session'
import { useFilterParams } from '@/lib/use-filter-params'
import { type ImportKind, importKinds, ImportEmployeesMutation, ImportUnitsMutation, isImportKind } from '../api/import-documents'
import { ImportReport, type ImportReportData } from './import-report'
import '../imports.css'

/** The file in hand and what the server said of it. */
interface Checked {
  name: string
  csv: string
  dryRun: ImportReportData
  imported?: ImportReportData
}

/**
 * ImportPage (Impor): HR admins upload a units or employees CSV, see the dry
 * run row by row, and import it all or nothing once it is clean. Anyone else
 * reaching the address is told it is not allowed.
 */
export function ImportPage() {
  const { t } = useTranslation('tools')
  const session = useSession()
  if (session.status !== 'signed-in') return null
  if (!session.viewer.can.manageMasterData) {
    return (
      <section className="page">
        <ErrorView failure="forbidden" />
      </section>
    )
  }
  return (
    <Page title={t('import.title')} lead={t('import.lead')}>
      <ImportForm />
    </Page>
  )
}

function templateHref(kind: ImportKind): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(`${importKinds[kind].header}\n`)}`
}

/** ImportForm is the import itself: kind, template, file, dry-run report, import. */
export function ImportForm() {
  const { t } = useTranslation('tools')
  const id = useId()
  const [params, setParam] = useFilterParams()
  const raw = params.get('jenis')
  const kind: ImportKind = isImportKind(raw) ? raw : 'employees'
  const [, importUnits] = useMutation(ImportUnitsMutation)
  const [, importEmployees] = useMutation(ImportEmployeesMutation)
  const [checked, setChecked] = useState<Checked | null>(null)
  const [busy, setBusy] = useState<'checking' | 'importing' | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [fileKey, setFileKey] = useState(0)

  async function send(csv: string, dryRun: boolean): Promise<ImportReportData | null> {
    const r = kind === 'units' ? await importUnits({ csv, dryRun }) : await importEmployees({ csv, dryRun })
    if (r.error) {
      setFailure(errorMessage(r.error, t('import.failed')))
      return null
    }
    const data = r.data && ('importUnits' in r.data ? r.data.importUnits : 'importEmployees' in r.data ? r.data.importEmployees : null)
    return data ?? null
  }

  function reset() {
    setChecked(null)
    setFailure(null)
    setFileKey((k) => k + 1)
  }

  async function choose(file: File | undefined) {
    setChecked(null)
    setFailure(null)
    if (!file) return
    setBusy('checking')
    try {
      const csv = await file.text()
      const report = await send(csv, true)
      if (report) setChecked({ name: file.name, csv, dryRun: report })
    } finally {
      setBusy(null)
    }
  }

  async function runImport() {
    if (!checked) return
    setBusy('importing')
    setFailure(null)
    try {
      const report = await send(checked.csv, false)
      if (report) {
        setChecked({ ...checked, imported: report })
        if (report.problems.length === 0) notify(t('import.doneToast', { count: report.created + report.updated }))
      }
    } finally {
      setBusy(null)
    }
  }

  const clean = checked && checked.dryRun.problems.length === 0
  return (
    <div className="import-form">
      <section className="card" aria-labelledby={`${id}-file`}>
        <h2 id={`${id}-file`}>{t('import.fileTitle')}</h2>
        <div className="form">
          <Select
            label={t('import.kind')}
            options={[
              { id: 'employees', label: t('import.kindEmployees') },
              { id: 'units', label: t('import.kindUnits') },
            ]}
            value={kind}
            onChange={(v) => {
              reset()
              setParam('jenis', v, 'employees')
            }}
            isDisabled={busy !== null}
          />
          <p className="hint">
            {t('import.columns')} <code className="import-header">{importKinds[kind].header}</code>
          </p>
          <p>
            <a className="button button-secondary" href={templateHref(kind)} download={importKinds[kind].template}>
              {t('import.template')}
            </a>
          </p>
          <div className="field">
            <label htmlFor={`${id}-input`}>{t('import.file')}</label>
            <input
              key={`${kind}-${fileKey}`}
              id={`${id}-input`}
              type="file"
              accept=".csv,text/csv"
              aria-describedby={`${id}-hint`}
              disabled={busy !== null}
              onChange={(e) => void choose(e.target.files?.[0])}
            />
            <small id={`${id}-hint`} className="hint">
              {t('import.fileHint')}
            </small>
          </div>
        </div>
      </section>

      {busy === 'checking' && <LoadingState label={t('import.checking')} />}
      <FormAlert message={failure} />

      {checked && (
        <section className="import-result" aria-labelledby={`${id}-report`}>
          <h2 id={`${id}-report`}>{checked.imported ? t('import.resultTitle', { name: checked.name }) : t('import.reportTitle', { name: checked.name })}</h2>
          {checked.imported ? <ImportReport report={checked.imported} mode="imported" /> : <ImportReport report={checked.dryRun} mode="dry-run" />}
          <div className="form-actions">
            {clean && !checked.imported && (
              <Button variant="primary" onPress={() => void runImport()} isPending={busy === 'importing'}>
                {t('import.run')}
              </Button>
            )}
            {(checked.imported || !clean) && (
              <Button variant="secondary" onPress={reset}>
                {t('import.another')}
              </Button>
            )}
          </div>
        </section>
      )}
    </div>
  )
}
