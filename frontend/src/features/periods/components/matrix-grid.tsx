import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '@/components/ui/button'
import { StatusBadge } from '@/components/ui/status-badge'
import type { Predikat, Rating } from '@/gql/graphql'
import type { MatrixCell } from '@/lib/predikat-matrix'

/** Rows: the result rating, from above expectation down (as in the regulation's table). */
export const resultRows: Rating[] = ['ABOVE', 'MEETS', 'BELOW']
/** Columns: the behaviour rating, from below expectation up. */
export const behaviourColumns: Rating[] = ['BELOW', 'MEETS', 'ABOVE']
/** The five predikat of PermenPANRB 6/2022, best first. */
export const matrixPredikat: Predikat[] = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG']

/** The regulation's matrix (PermenPANRB 6/2022, kuadran kinerja). */
export const defaultMatrix: MatrixCell[] = [
  { result: 'ABOVE', behaviour: 'BELOW', predikat: 'KURANG' },
  { result: 'ABOVE', behaviour: 'MEETS', predikat: 'BAIK' },
  { result: 'ABOVE', behaviour: 'ABOVE', predikat: 'SANGAT_BAIK' },
  { result: 'MEETS', behaviour: 'BELOW', predikat: 'KURANG' },
  { result: 'MEETS', behaviour: 'MEETS', predikat: 'BAIK' },
  { result: 'MEETS', behaviour: 'ABOVE', predikat: 'BAIK' },
  { result: 'BELOW', behaviour: 'BELOW', predikat: 'SANGAT_KURANG' },
  { result: 'BELOW', behaviour: 'MEETS', predikat: 'BUTUH_PERBAIKAN' },
  { result: 'BELOW', behaviour: 'ABOVE', predikat: 'BUTUH_PERBAIKAN' },
]

const key = (result: Rating, behaviour: Rating) => `${result}/${behaviour}`

function toMap(cells: readonly MatrixCell[]): Record<string, Predikat> {
  return Object.fromEntries(cells.map((c) => [key(c.result, c.behaviour), c.predikat]))
}

export function sameMatrix(a: readonly MatrixCell[], b: readonly MatrixCell[]): boolean {
  const ma = toMap(a)
  const mb = toMap(b)
  return resultRows.every((r) => behaviourColumns.every((c) => ma[key(r, c)] === mb[key(r, c)]))
}

interface MatrixGridProps {
  cells: readonly MatrixCell[]
  /** Without it the grid only shows the matrix (auditors, a closed period). */
  onSave?: (cells: MatrixCell[]) => Promise<boolean>
}

/**
 * MatrixGrid is the predikat matrix as a 3×3 table: rows are the result
 * rating, columns the behaviour rating, each cell the predikat they give,
 * chosen from the five of 2022. "Reset" puts back the regulation's matrix;
 * nothing is stored until it is saved.
 */
export function MatrixGrid({ cells, onSave }: MatrixGridProps) {
  const { t } = useTranslation('admin')
  const { t: tc } = useTranslation()
  const [draft, setDraft] = useState<Record<string, Predikat> | null>(null)
  const [saving, setSaving] = useState(false)
  const values = draft ?? toMap(cells)
  const draftCells: MatrixCell[] = resultRows.flatMap((result) =>
    behaviourColumns.map((behaviour) => ({ result, behaviour, predikat: values[key(result, behaviour)] ?? 'BAIK' })),
  )
  const dirty = draft !== null && !sameMatrix(draftCells, cells)
  const isDefault = sameMatrix(draftCells, defaultMatrix)

  return (
    <div className="matrix">
      <div className="matrix-scroll" role="region" aria-labelledby="matrix-caption" tabIndex={0}>
        <table className="matrix-table">
          <caption id="matrix-caption">{t('matrix.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('matrix.corner')}</th>
              {behaviourColumns.map((c) => (
                <th key={c} scope="col">
                  {tc(`rating.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {resultRows.map((r) => (
              <tr key={r}>
                <th scope="row">{tc(`rating.${r}`)}</th>
                {behaviourColumns.map((c) => {
                  const k = key(r, c)
                  const value = values[k]
                  return (
                    <td key={c}>
                      {onSave ? (
                        <select
                          aria-label={t('matrix.cell', { result: tc(`rating.${r}`), behaviour: tc(`rating.${c}`) })}
                          value={value ?? ''}
                          onChange={(e) => setDraft({ ...values, [k]: e.target.value as Predikat })}
                        >
                          {matrixPredikat.map((p) => (
                            <option key={p} value={p}>
                              {tc(`predikat.${p}`)}
                            </option>
                          ))}
                        </select>
                      ) : (
                        value && <StatusBadge kind="predikat" value={value} />
                      )}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint" role="status">
        {isDefault ? t('matrix.isDefault') : t('matrix.isCustom')}
        {dirty && ` ${t('matrix.unsaved')}`}
      </p>
      {onSave && (
        <div className="form-actions">
          <Button onPress={() => setDraft(toMap(defaultMatrix))} isDisabled={saving || isDefault}>
            {t('matrix.reset')}
          </Button>
          <Button variant="secondary" onPress={() => setDraft(null)} isDisabled={saving || !dirty}>
            {t('matrix.discard')}
          </Button>
          <Button
            variant="primary"
            isDisabled={!dirty}
            isPending={saving}
            onPress={async () => {
              setSaving(true)
              try {
                if (await onSave(draftCells)) setDraft(null)
              } finally {
                setSaving(false)
              }
            }}
          >
            {t('matrix.save')}
          </Button>
        </div>
      )}
    </div>
  )
}
