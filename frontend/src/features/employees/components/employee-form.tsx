import { zodResolver } from '@hookform/resolvers/zod'
import { useMemo, useState } from 'react'
import { Controller, useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useMutation } from 'urql'
import { FormAlert } from '@/components/form/form-alert'
import { ComboBoxControl, SelectControl } from '@/components/form/select-field'
import { TextFieldControl } from '@/components/form/text-field'
import { Button } from '@/components/ui/button'
import { DateField } from '@/components/ui/date-field'
import { notify } from '@/components/ui/toast'
import { type Option, Select } from '@/components/ui/select'
import { formatNip } from '@/lib/format-nip'
import { applyServerErrors } from '@/lib/graphql-errors'
import { CreateEmployeeMutation, UpdateEmployeeMutation } from '../api/employee-documents'
import { employeeTypes, positionKinds } from '../api/get-employees'
import { CheckboxField } from './checkbox-field'
import { employeeSchema, type EmployeeValues, functionalLevels, inputOf, noLevel, ranksOf } from './employee-schema'

export interface EmployeeFormOptions {
  units: { id: string; code: string; name: string }[]
  supervisors: { id: string; nip: string; name: string; position: string }[]
}

interface EmployeeFormProps {
  /** The employee to change; without it the form creates one. */
  employeeID?: string
  initial: EmployeeValues
  options: EmployeeFormOptions
  /** Where the form goes back to when cancelled. */
  cancelTo: string
}

/**
 * EmployeeForm creates or changes an employee. The NIP and the rank are
 * checked in the browser with the server's rules before anything is sent;
 * what the server refuses (a NIP taken, a supervisor chain that would loop)
 * lands on its field from extensions.field.
 */
export function EmployeeForm({ employeeID, initial, options, cancelTo }: EmployeeFormProps) {
  const { t } = useTranslation('admin')
  const { t: tc } = useTranslation()
  const { t: tx } = useTranslation('acting')
  const navigate = useNavigate()
  const schema = useMemo(() => employeeSchema(t), [t])
  const form = useForm<EmployeeValues>({ resolver: zodResolver(schema), defaultValues: initial })
  const [, create] = useMutation(CreateEmployeeMutation)
  const [, update] = useMutation(UpdateEmployeeMutation)
  const [formError, setFormError] = useState<string | null>(null)
  const type = useWatch({ control: form.control, name: 'type' })
  const positionKind = useWatch({ control: form.control, name: 'positionKind' })

  const typeOptions: Option[] = employeeTypes.map((x) => ({ id: x, label: t(`employeeType.${x}`) }))
  const rankOptions: Option[] = ranksOf(type).map((r) => ({ id: r, label: r }))
  const kindOptions: Option[] = positionKinds.map((x) => ({ id: x, label: tc(`positionKind.${x}`) }))
  const levelOptions: Option[] = [{ id: noLevel, label: t('employee.noLevel') }, ...functionalLevels.map((x) => ({ id: x, label: t(`functionalLevel.${x}`) }))]
  const unitOptions: Option[] = options.units.map((u) => ({ id: u.id, label: `${u.code} — ${u.name}` }))
  const supervisorOptions: Option[] = options.supervisors
    .filter((s) => s.id !== employeeID)
    .map((s) => ({ id: s.id, label: s.name, description: `${formatNip(s.nip)} · ${s.position}` }))

  return (
    <form
      className="form employee-form"
      noValidate
      aria-label={employeeID ? t('employee.editTitle') : t('employee.createTitle')}
      onSubmit={form.handleSubmit(async (values) => {
        setFormError(null)
        const input = inputOf(values)
        const r = employeeID
          ? await update({
              id: employeeID,
              input: {
                ...input,
                external: values.external,
                clearRankSince: input.rankSince ? undefined : true,
                clearFunctionalLevel: input.functionalLevel ? undefined : true,
                clearEmail: input.email ? undefined : true,
                clearSupervisor: input.supervisorID ? undefined : true,
              },
            })
          : await create({ input })
        if (r.error) {
          setFormError(applyServerErrors(r.error, form, { fallback: tc('errors.actionFailed') }))
          return
        }
        const id = r.data && ('createEmployee' in r.data ? r.data.createEmployee.id : r.data.updateEmployee.id)
        notify(employeeID ? t('employee.saved') : t('employee.created'))
        void navigate(id ? `/admin/pegawai/${id}` : '/admin/pegawai')
      })}
    >
      <section className="card" aria-labelledby="employee-identity">
        <h2 id="employee-identity">{t('employee.identity')}</h2>
        <div className="form-grid">
          <TextFieldControl control={form.control} name="nip" label={t('employee.nip')} description={t('employee.nipHint')} isRequired />
          <TextFieldControl control={form.control} name="name" label={t('employee.name')} isRequired autoComplete="off" />
          <SelectControl control={form.control} name="type" label={t('employee.type')} options={typeOptions} isRequired />
          <TextFieldControl control={form.control} name="email" label={t('employee.email')} autoComplete="off" />
        </div>
      </section>
      <section className="card" aria-labelledby="employee-position">
        <h2 id="employee-position">{t('employee.positionTitle')}</h2>
        <div className="form-grid">
          <Controller
            control={form.control}
            name="rank"
            render={({ field, fieldState }) => (
              <Select
                label={t('employee.rank')}
                options={rankOptions}
                value={field.value || null}
                onChange={field.onChange}
                onBlur={field.onBlur}
                name={field.name}
                placeholder={t('form.choose')}
                description={type === 'PPPK' ? t('employee.rankHintPppk') : t('employee.rankHintPns')}
                errorMessage={fieldState.error?.message}
                isRequired
                inputRef={(el) => field.ref(el)}
              />
            )}
          />
          <Controller
            control={form.control}
            name="rankSince"
            render={({ field, fieldState }) => (
              <DateField label={t('employee.rankSince')} value={field.value} onChange={field.onChange} errorMessage={fieldState.error?.message} />
            )}
          />
          <TextFieldControl control={form.control} name="position" label={t('employee.position')} isRequired />
          <Controller
            control={form.control}
            name="positionKind"
            render={({ field, fieldState }) => (
              <Select
                label={t('employee.positionKind')}
                options={kindOptions}
                value={field.value || null}
                onChange={field.onChange}
                onBlur={field.onBlur}
                name={field.name}
                placeholder={t('form.choose')}
                errorMessage={fieldState.error?.message}
                isRequired
                inputRef={(el) => field.ref(el)}
              />
            )}
          />
          {positionKind === 'FUNGSIONAL' && (
            <SelectControl control={form.control} name="functionalLevel" label={t('employee.functionalLevel')} options={levelOptions} />
          )}
        </div>
      </section>
      <section className="card" aria-labelledby="employee-place">
        <h2 id="employee-place">{t('employee.placeTitle')}</h2>
        <div className="form-grid">
          <ComboBoxControl
            control={form.control}
            name="unitID"
            label={t('employee.unit')}
            options={unitOptions}
            emptyText={t('employee.noUnitMatch')}
            isRequired
          />
          <ComboBoxControl
            control={form.control}
            name="supervisorID"
            label={t('employee.supervisor')}
            options={supervisorOptions}
            description={t('employee.supervisorHint')}
            emptyText={t('employee.noEmployeeMatch')}
          />
          <Controller
            control={form.control}
            name="active"
            render={({ field }) => (
              <div className="check-field">
                <input id="employee-active" type="checkbox" checked={field.value} onChange={(e) => field.onChange(e.target.checked)} ref={field.ref} />
                <label htmlFor="employee-active">{t('employee.active')}</label>
              </div>
            )}
          />
          <Controller
            control={form.control}
            name="external"
            render={({ field }) => (
              <CheckboxField
                label={tx('external.label')}
                description={tx('external.hint')}
                isSelected={field.value}
                onChange={field.onChange}
                inputRef={field.ref}
                name={field.name}
              />
            )}
          />
        </div>
      </section>
      <FormAlert message={formError} />
      <div className="form-actions">
        <Button variant="secondary" onPress={() => void navigate(cancelTo)} isDisabled={form.formState.isSubmitting}>
          {tc('app.cancel')}
        </Button>
        <Button type="submit" variant="primary" isPending={form.formState.isSubmitting}>
          {employeeID ? t('employee.save') : t('employee.create')}
        </Button>
      </div>
    </form>
  )
}
