import { useTranslation } from 'react-i18next'
import { type FragmentType, graphql, useFragment } from '@/gql'
import { formatNip } from '@/lib/format-nip'

export const HomeEmployeeFragment = graphql(`
  fragment HomeEmployee_employee on Employee {
    nip
    position
    positionKind
    rank
    unit {
      id
      name
    }
  }
`)

/** EmployeeCard sums up the viewer's own employee record. */
export function EmployeeCard(props: { employee: FragmentType<typeof HomeEmployeeFragment> }) {
  const { t } = useTranslation()
  const employee = useFragment(HomeEmployeeFragment, props.employee)
  return (
    <dl className="facts">
      <div>
        <dt>{t('employees.columns.nip')}</dt>
        <dd className="nip">{formatNip(employee.nip)}</dd>
      </div>
      <div>
        <dt>{t('home.position')}</dt>
        <dd>
          {employee.position} ({t(`positionKind.${employee.positionKind}`)}, {employee.rank})
        </dd>
      </div>
      <div>
        <dt>{t('home.unit')}</dt>
        <dd>{employee.unit.name}</dd>
      </div>
    </dl>
  )
}
