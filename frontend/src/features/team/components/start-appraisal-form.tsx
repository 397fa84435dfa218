import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useMutation } from 'urql'
import { z } from 'zod/mini'
import { DialogFormActions } from '@/components/form/dialog-form'
import { FormAlert } from '@/components/form/form-alert'
import { QuarterControl } from '@/components/form/quarter-field'
import { SelectControl } from '@/components/form/select-field'
import { notify } from '@/components/ui/toast'
import { applyServerErrors } from '@/lib/graphql-errors'
import { quarters } from '@/lib/quarter'
import { StartAppraisalMutation } from '../api/team-documents'

const schema = z.object({ kind: z.enum(['QUARTERLY', 'ANNUAL']), quarter: z.enum(quarters) })
type Values = z.infer<typeof schema>

/** StartAppraisalForm opens a quarterly or the annual appraisal of an agreed SKP and goes to its form. */
export function StartAppraisalForm({ planID, defaultQuarter, onCancel }: { planID: string; defaultQuarter: Values['quarter']; onCancel: () => void }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { kind: 'QUARTERLY', quarter: defaultQuarter } })
  const kind = useWatch({ control: form.control, name: 'kind' })
  const [, start] = useMutation(StartAppraisalMutation)
  const [formError, setFormError] = useState<string | null>(null)
  return (
    <form
      className="form"
      noValidate
      onSubmit={form.handleSubmit(async (v) => {
        setFormError(null)
        const r = await start({ planID, kind: v.kind, quarter: v.kind === 'QUARTERLY' ? Number(v.quarter) : null })
        if (r.error || !r.data) {
          setFormError(r.error ? applyServerErrors(r.error, form, { fallback: t('errors.actionFailed') }) : t('errors.actionFailed'))
          return
        }
        notify(t('team.appraisalStarted'))
        void navigate(`/tim/penilaian/${r.data.startAppraisal.id}`)
      })}
    >
      <SelectControl
        control={form.control}
        name="kind"
        label={t('team.appraisalKind')}
        options={[
          { id: 'QUARTERLY', label: t('appraisal.kindQuarterly') },
          { id: 'ANNUAL', label: t('appraisal.annual') },
        ]}
        isRequired
      />
      {kind === 'QUARTERLY' && <QuarterControl control={form.control} name="quarter" />}
      <p className="hint">{t('team.startHint')}</p>
      <FormAlert message={formError} />
      <DialogFormActions submitLabel={t('team.startConfirm')} isSubmitting={form.formState.isSubmitting} onCancel={onCancel} />
    </form>
  )
}
