import { zodResolver } from '@hookform/resolvers/zod'
import { useMemo, useState } from 'react'
import { Controller, useForm, useWatch } from 'react-hook-form'
import { Label, Radio, RadioGroup } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { useMutation } from 'urql'
import { FormAlert } from '@/components/form/form-alert'
import { TextFieldControl } from '@/components/form/text-field'
import { ConfirmButton } from '@/components/ui/dialog'
import { notify } from '@/components/ui/toast'
import { applyServerErrors } from '@/lib/graphql-errors'
import { SettlePlanMutation } from '../api/team-documents'
import { settleSchema, type SettleValues } from './settle-schema'

interface SettlePlanFormProps {
  planID: string
  name: string
  onDone: () => void
}

/**
 * SettlePlanForm: the appraiser's superior settles an escalated SKP, agreeing
 * it or returning it with directions, with the grounds; the decision is final.
 */
export function SettlePlanForm({ planID, name, onDone }: SettlePlanFormProps) {
  const { t } = useTranslation('plans')
  const { t: tc } = useTranslation()
  const schema = useMemo(() => settleSchema({ required: t('settle.noteRequired') }), [t])
  const form = useForm<SettleValues>({ resolver: zodResolver(schema), defaultValues: { settlement: 'AGREE', note: '' } })
  const { control, trigger, getValues } = form
  const settlement = useWatch({ control, name: 'settlement' })
  const [state, settle] = useMutation(SettlePlanMutation)
  const [formError, setFormError] = useState<string | null>(null)

  async function run(): Promise<boolean> {
    setFormError(null)
    if (!(await trigger())) return true // close the confirmation; the errors show on the fields
    const v = getValues()
    const r = await settle({ id: planID, input: { settlement: v.settlement, note: v.note.trim() } })
    if (r.error) {
      setFormError(applyServerErrors(r.error, form, { fallback: tc('errors.actionFailed') }))
      return true
    }
    notify(t(v.settlement === 'AGREE' ? 'settle.agreed' : 'settle.returned', { name }))
    onDone()
    return true
  }

  return (
    <form className="form" noValidate onSubmit={(e) => e.preventDefault()} aria-label={t('settle.formLabel')}>
      <Controller
        control={control}
        name="settlement"
        render={({ field }) => (
          <RadioGroup className="field decision-choice" value={field.value} onChange={field.onChange} validationBehavior="aria">
            <Label>{t('settle.choice')}</Label>
            <Radio value="AGREE" className="choice-option">
              <strong>{t('settle.AGREE')}</strong> <span className="muted">{t('settle.agreeHint')}</span>
            </Radio>
            <Radio value="RETURN" className="choice-option">
              <strong>{t('settle.RETURN')}</strong> <span className="muted">{t('settle.returnHint')}</span>
            </Radio>
          </RadioGroup>
        )}
      />
      <TextFieldControl control={control} name="note" label={t('settle.note')} description={t('settle.noteHint')} isRequired multiline />
      <FormAlert message={formError} />
      <div className="form-actions">
        <ConfirmButton
          label={t('settle.submit')}
          title={t('settle.confirmTitle')}
          description={t(settlement === 'AGREE' ? 'settle.confirmAgree' : 'settle.confirmReturn', { name })}
          confirmLabel={t('settle.confirm')}
          isDisabled={state.fetching}
          onConfirm={run}
        />
      </div>
    </form>
  )
}
