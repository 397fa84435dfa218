import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useQuery } from 'urql'
import { OrgUnitOptionsQuery } from '../api/get-org-units'

/** The most units the filter offers: the server's largest page. */
const maxUnits = 100

interface UnitFilterProps {
  value: string
  onChange: (unitID: string) => void
}

/** UnitFilter chooses one unit (or all) to list employees of. */
export function UnitFilter({ value, onChange }: UnitFilterProps) {
  const { t } = useTranslation()
  const id = useId()
  const [result] = useQuery({ query: OrgUnitOptionsQuery, variables: { first: maxUnits } })
  const units = result.data?.orgUnits.edges?.flatMap((edge) => (edge?.node ? [edge.node] : [])) ?? []
  return (
    <div className="field">
      <label htmlFor={id}>{t('employees.unit')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={result.error ? `${id}-hint ${id}-error` : `${id}-hint`}>
        <option value="">{t('employees.allUnits')}</option>
        {units.map((unit) => (
          <option key={unit.id} value={unit.id}>
            {unit.code} — {unit.name}
          </option>
        ))}
        {/* A unit in the address bar that is not (yet) loaded stays selectable. */}
        {value !== '' && !units.some((unit) => unit.id === value) && <option value={value}>{value}</option>}
      </select>
      <small id={`${id}-hint`} className="hint">
        {t('employees.unitHint')}
      </small>
      {result.error && (
        <small id={`${id}-error`} className="hint hint-error">
          {t('employees.unitsError')}
        </small>
      )}
    </div>
  )
}
