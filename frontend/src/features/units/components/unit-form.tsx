import { zodResolver } from '@hookform/resolvers/zod'
import { useMemo, useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { useMutation, useQuery } from 'urql'
import { DialogFormActions } from '@/components/form/dialog-form'
import { FormAlert } from '@/components/form/form-alert'
import { ComboBoxControl } from '@/components/form/select-field'
import { TextFieldControl } from '@/components/form/text-field'
import type { Option } from '@/components/ui/select'
import { notify } from '@/components/ui/toast'
import { z } from 'zod/mini'
import { formatNip } from '@/lib/format-nip'
import { applyServerErrors } from '@/lib/graphql-errors'
import { CreateOrgUnitMutation, UnitHeadOptionsQuery, UpdateOrgUnitMutation } from '../api/unit-documents'
import type { TreeUnit } from './unit-tree'

function unitSchema(required: string) {
  return z.object({
    code: z.string().check(z.trim(), z.minLength(1, required)),
    name: z.string().check(z.trim(), z.minLength(1, required)),
    parentID: z.nullable(z.string()),
    headID: z.nullable(z.string()),
  })
}

type UnitValues = z.infer<ReturnType<typeof unitSchema>>

interface UnitFormProps {
  /** The unit to change; without it a new one is created. */
  unit?: TreeUnit
  /** Every unit, for the parent. */
  units: TreeUnit[]
  onCancel: () => void
  onDone: () => void
}

/** UnitForm creates or changes a unit: code, name, parent unit and head; the server keeps the units a tree. */
export function UnitForm({ unit, units, onCancel, onDone }: UnitFormProps) {
  const { t } = useTranslation('admin')
  const { t: tc } = useTranslation()
  const schema = useMemo(() => unitSchema(t('form.required')), [t])
  const form = useForm<UnitValues>({
    resolver: zodResolver(schema),
    defaultValues: { code: unit?.code ?? '', name: unit?.name ?? '', parentID: unit?.parentID ?? null, headID: unit?.head?.id ?? null },
  })
  const [heads] = useQuery({ query: UnitHeadOptionsQuery })
  const [, create] = useMutation(CreateOrgUnitMutation)
  const [, update] = useMutation(UpdateOrgUnitMutation)
  const [formError, setFormError] = useState<string | null>(null)
  const parentOptions: Option[] = units.filter((u) => u.id !== unit?.id).map((u) => ({ id: u.id, label: `${u.code} — ${u.name}` }))
  const headOptions: Option[] =
    heads.data?.employees.edges?.flatMap((e) =>
      e?.node ? [{ id: e.node.id, label: e.node.name, description: `${formatNip(e.node.nip)} · ${e.node.position}` }] : [],
    ) ?? []

  return (
    <form
      className="form"
      noValidate
      onSubmit={form.handleSubmit(async (v) => {
        setFormError(null)
        const base = { code: v.code.trim(), name: v.name.trim() }
        const r = unit
          ? await update({
              id: unit.id,
              input: {
                ...base,
                ...(v.parentID ? { parentID: v.parentID } : { clearParent: true }),
                ...(v.headID ? { headID: v.headID } : { clearHead: true }),
              },
            })
          : await create({ input: { ...base, parentID: v.parentID ?? undefined, headID: v.headID ?? undefined } })
        if (r.error) {
          setFormError(applyServerErrors(r.error, form, { fallback: tc('errors.actionFailed') }))
          return
        }
        notify(unit ? t('unit.saved') : t('unit.created'))
        onDone()
      })}
    >
      <TextFieldControl control={form.control} name="code" label={t('unit.code')} isRequired autoComplete="off" />
      <TextFieldControl control={form.control} name="name" label={t('unit.name')} isRequired autoComplete="off" />
      <ComboBoxControl
        control={form.control}
        name="parentID"
        label={t('unit.parent')}
        options={parentOptions}
        description={t('unit.parentHint')}
        emptyText={t('unit.noUnitMatch')}
      />
      <ComboBoxControl control={form.control} name="headID" label={t('unit.head')} options={headOptions} emptyText={t('employee.noEmployeeMatch')} />
      <FormAlert message={formError} />
      <DialogFormActions submitLabel={unit ? t('unit.save') : t('unit.create')} isSubmitting={form.formState.isSubmitting} onCancel={onCancel} />
    </form>
  )
}
