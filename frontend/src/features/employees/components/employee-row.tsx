import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { type FragmentType, graphql, useFragment } from '@/gql'
import { formatNip } from '@/lib/format-nip'

export const EmployeeRowFragment = graphql(`
  fragment EmployeeRow_employee on Employee {
    id
    nip
    name
    rank
    position
    positionKind
    active
    external
    unit {
      id
      code
      name
    }
  }
`)

/** EmployeeRow is one row of the employee table; the name is the row's header. */
export function EmployeeRow(props: { employee: FragmentType<typeof EmployeeRowFragment> }) {
  const { t } = useTranslation()
  const { t: ta } = useTranslation('acting')
  const employee = useFragment(EmployeeRowFragment, props.employee)
  return (
    <tr>
      <td className="nip">{formatNip(employee.nip)}</td>
      <th scope="row">
        <Link to={`/admin/pegawai/${employee.id}`}>{employee.name}</Link>
        {!employee.active && <span className="badge">{t('employees.inactive')}</span>}
        {employee.external && <span className="badge badge-external">{ta('external.badge')}</span>}
      </th>
      <td>{employee.rank}</td>
      <td>{employee.position}</td>
      <td>{t(`positionKind.${employee.positionKind}`)}</td>
      <td>
        <span className="unit-name">{employee.unit.name}</span>
      </td>
    </tr>
  )
}
