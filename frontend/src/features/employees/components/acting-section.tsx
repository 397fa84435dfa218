import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useMutation, useQuery } from 'urql'
import { FormAlert } from '@/components/form/form-alert'
import { type Column, DataTable } from '@/components/ui/data-table'
import { ConfirmButton, FormDialog } from '@/components/ui/dialog'
import { EmptyState } from '@/components/ui/empty-state'
import { QueryView } from '@/components/ui/query-view'
import { notify } from '@/components/ui/toast'
import type { ActingAppraisersQuery as ActingData } from '@/gql/graphql'
import { useFormat } from '@/lib/format'
import { errorMessage } from '@/lib/graphql-errors'
import { ActingAppraisersQuery, ActingCandidatesQuery, DeleteActingAppraiserMutation } from '../api/acting-documents'
import { ActingForm } from './acting-form'

type Appointment = NonNullable<NonNullable<NonNullable<ActingData['actingAppraisers']['edges']>[number]>['node']>

interface ActingSectionProps {
  employeeID: string
  /** HR admins add and delete appointments; anyone else who may open the page reads them. */
  canManage: boolean
}

/**
 * ActingSection (Pejabat penilai Plt./Plh.): the acting officials named to
 * appraise the employee, each with its kind, days and letter; HR admins add
 * one in a dialog and delete one after confirming.
 */
export function ActingSection({ employeeID, canManage }: ActingSectionProps) {
  const { t } = useTranslation('acting')
  const [result, reexecute] = useQuery({ query: ActingAppraisersQuery, variables: { employeeID } })
  const refresh = () => reexecute({ requestPolicy: 'network-only' })
  return (
    <section className="card acting-section" aria-labelledby="emp-acting">
      <h2 id="emp-acting">{t('section.title')}</h2>
      <p className="hint">{t('section.intro')}</p>
      <QueryView result={result} reexecute={reexecute}>
        {(data) => (
          <AppointmentTable
            appointments={(data.actingAppraisers.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []))}
            canManage={canManage}
            onChange={refresh}
          />
        )}
      </QueryView>
      {canManage && (
        <div className="form-actions">
          <FormDialog label={t('add')} variant="primary" title={t('addTitle')}>
            {(close) => <ActingFormLoader employeeID={employeeID} onCancel={close} onDone={() => (close(), refresh())} />}
          </FormDialog>
        </div>
      )}
    </section>
  )
}

function AppointmentTable({ appointments, canManage, onChange }: { appointments: Appointment[]; canManage: boolean; onChange: () => void }) {
  const { t } = useTranslation('acting')
  const f = useFormat()
  if (appointments.length === 0) return <EmptyState>{t('section.empty')}</EmptyState>
  const range = (a: Appointment) => t('range', { from: f.date(a.startsOn), to: f.date(a.endsOn) })
  const columns: Column<Appointment>[] = [
    {
      key: 'acting',
      header: t('columns.acting'),
      rowHeader: true,
      cell: (a) => <Link to={`/admin/pegawai/${a.acting.id}`}>{t('named', { prefix: t(`prefix.${a.kind}`), name: a.acting.name })}</Link>,
    },
    { key: 'kind', header: t('columns.kind'), cell: (a) => t(`kind.${a.kind}`) },
    { key: 'range', header: t('columns.range'), cell: range },
    { key: 'letter', header: t('columns.letter'), cell: (a) => a.letter || t('noLetter') },
  ]
  if (canManage)
    columns.push({ key: 'actions', header: t('columns.actions'), cell: (a) => <DeleteAppointment appointment={a} range={range(a)} onDeleted={onChange} /> })
  return <DataTable caption={t('section.caption')} captionHidden columns={columns} rows={appointments} rowKey={(a) => a.id} />
}

function DeleteAppointment({ appointment: a, range, onDeleted }: { appointment: Appointment; range: string; onDeleted: () => void }) {
  const { t } = useTranslation('acting')
  const { t: tc } = useTranslation()
  const [state, remove] = useMutation(DeleteActingAppraiserMutation)
  const [error, setError] = useState<string | null>(null)
  return (
    <>
      <ConfirmButton
        label={t('delete')}
        variant="danger"
        isDisabled={state.fetching}
        title={t('deleteTitle', { prefix: t(`prefix.${a.kind}`), name: a.acting.name })}
        description={t('deleteBody', { range })}
        confirmLabel={t('deleteConfirm')}
        onConfirm={async () => {
          setError(null)
          const r = await remove({ id: a.id })
          // A failure closes the dialog and is said beside the button.
          if (r.error) {
            setError(errorMessage(r.error, tc('errors.actionFailed')))
            return
          }
          notify(t('deleted'))
          onDeleted()
        }}
      />
      {error && <FormAlert message={error} />}
    </>
  )
}

/** ActingFormLoader fetches who may be named, then shows the form. */
function ActingFormLoader({ employeeID, onCancel, onDone }: { employeeID: string; onCancel: () => void; onDone: () => void }) {
  const [result, reexecute] = useQuery({ query: ActingCandidatesQuery })
  return (
    <QueryView result={result} reexecute={reexecute}>
      {(data) => (
        <ActingForm
          employeeID={employeeID}
          candidates={(data.employees.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []))}
          onCancel={onCancel}
          onDone={onDone}
        />
      )}
    </QueryView>
  )
}
