import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useMutation } from 'urql'
import { z } from 'zod/mini'
import { FormAlert } from '@/components/form/form-alert'
import { SelectControl } from '@/components/form/select-field'
import { Button } from '@/components/ui/button'
import { notify } from '@/components/ui/toast'
import { applyServerErrors } from '@/lib/graphql-errors'
import { StartAppraisalMutation } from '../api/team-documents'

const schema = z.object({ kind: z.enum(['QUARTERLY', 'ANNUAL']), quarter: z.enum(['1', '2', '3', '4']) })
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
      {kind === 'QUARTERLY' && (
        <SelectControl
          control={form.control}
          name="quarter"
          label={t('realization.quarter')}
          options={(['1', '2', '3', '4'] as const).map((q) => ({ id: q, label: t('realization.quarterN', { n: q }) }))}
          isRequired
        />
      )}
      <p className="hint">{t('team.startHint')}</p>
      <FormAlert message={formError} />
      <div className="dialog-actions">
        <Button variant="secondary" onPress={onCancel} isDisabled={form.formState.isSubmitting}>
          {t('app.cancel')}
        </Button>
        <Button type="submit" variant="primary" isPending={form.formState.isSubmitting}>
          {t('team.startConfirm')}
        </Button>
      </div>
    </form>
  )
}
