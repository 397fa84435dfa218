import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { useQuery } from 'urql'
import { ErrorView } from '@/components/ui/error-view'
import { Page } from '@/components/ui/page'
import { NodeView, QueryView } from '@/components/ui/query-view'
import type { EmployeeFormOptionsQuery as OptionsData } from '@/gql/graphql'
import { EmployeeForEditQuery, EmployeeFormOptionsQuery } from '../api/employee-documents'
import { useCanManage } from '../can-manage'
import { EmployeeForm, type EmployeeFormOptions } from './employee-form'
import { emptyEmployee, type EmployeeValues, noLevel } from './employee-schema'
import '../employees.css'

function optionsOf(data: OptionsData): EmployeeFormOptions {
  return {
    units: data.orgUnits.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [],
    supervisors: data.employees.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [],
  }
}

/** EmployeeCreatePage (Tambah pegawai): HR admins only. */
export function EmployeeCreatePage() {
  const { t } = useTranslation('admin')
  const canManage = useCanManage()
  const [options, reexecute] = useQuery({ query: EmployeeFormOptionsQuery })
  return (
    <Page title={t('employee.createTitle')} back={{ to: '/admin/pegawai', label: t('employee.backToList') }}>
      {canManage ? (
        <QueryView result={options} reexecute={reexecute}>
          {(data) => <EmployeeForm initial={emptyEmployee} options={optionsOf(data)} cancelTo="/admin/pegawai" />}
        </QueryView>
      ) : (
        <ErrorView failure="forbidden" />
      )}
    </Page>
  )
}

/** EmployeeEditPage (Ubah pegawai): the form filled with the employee as stored. */
export function EmployeeEditPage() {
  const { t } = useTranslation('admin')
  const { employeeId = '' } = useParams()
  const canManage = useCanManage()
  const [employee, reexecuteEmployee] = useQuery({ query: EmployeeForEditQuery, variables: { id: employeeId }, requestPolicy: 'network-only' })
  const [options, reexecute] = useQuery({ query: EmployeeFormOptionsQuery })
  const back = `/admin/pegawai/${employeeId}`
  return (
    <Page title={t('employee.editTitle')} back={{ to: back, label: t('employee.backToEmployee') }}>
      {!canManage ? (
        <ErrorView failure="forbidden" />
      ) : (
        <NodeView result={employee} reexecute={reexecuteEmployee} typename="Employee">
          {(e) => (
            <QueryView result={options} reexecute={reexecute}>
              {(data) => {
                const initial: EmployeeValues = {
                  ...emptyEmployee,
                  nip: e.nip,
                  name: e.name,
                  type: e.type,
                  rank: e.rank,
                  rankSince: e.rankSince ? String(e.rankSince).slice(0, 10) : null,
                  position: e.position,
                  positionKind: e.positionKind,
                  functionalLevel: e.functionalLevel ?? noLevel,
                  email: e.email ?? '',
                  active: e.active,
                  external: e.external,
                  unitID: e.unit.id,
                  supervisorID: e.supervisor?.id ?? null,
                }
                return <EmployeeForm employeeID={e.id} initial={initial} options={optionsOf(data)} cancelTo={back} />
              }}
            </QueryView>
          )}
        </NodeView>
      )}
    </Page>
  )
}
