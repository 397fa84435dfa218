import type { ReactNode } from 'react'
import { Label, Radio, RadioGroup } from 'react-aria-components'
import { type Control, Controller, type FieldPathByValue, type FieldValues } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { FieldHelp } from '@/components/ui/field-parts'
import type { Rating } from '@/gql/graphql'

export const ratings: Rating[] = ['ABOVE', 'MEETS', 'BELOW']

interface RatingFieldProps {
  label: string
  value: Rating | null
  onChange: (value: Rating) => void
  description?: ReactNode
  errorMessage?: string
  isDisabled?: boolean
  /** The rating the server suggests; marked beside its option. */
  suggested?: Rating | null
  inputRef?: (el: { focus: () => void } | null) => void
  compact?: boolean
}

/** RatingField chooses Di Atas / Sesuai / Di Bawah Ekspektasi (radio buttons; arrow keys move). */
export function RatingField({ label, value, onChange, description, errorMessage, isDisabled, suggested, inputRef, compact }: RatingFieldProps) {
  const { t } = useTranslation()
  return (
    <RadioGroup
      className={['field', 'rating-field', compact ? 'rating-compact' : ''].filter(Boolean).join(' ')}
      value={value}
      onChange={(v) => onChange(v as Rating)}
      isInvalid={!!errorMessage}
      isDisabled={isDisabled}
      orientation="horizontal"
      validationBehavior="aria"
      ref={(el) => inputRef?.(el ? { focus: () => el.querySelector<HTMLInputElement>('input:checked, input')?.focus() } : null)}
    >
      <Label>{label}</Label>
      <div className="rating-options">
        {ratings.map((r) => (
          <Radio key={r} value={r} className={`rating-option rating-${r.toLowerCase()}`}>
            {t(`rating.${r}`)}
            {suggested === r && <span className="suggested-mark"> ({t('rating.suggested')})</span>}
          </Radio>
        ))}
      </div>
      <FieldHelp description={description} errorMessage={errorMessage} />
    </RadioGroup>
  )
}

interface RatingFieldControlProps<T extends FieldValues> extends Omit<RatingFieldProps, 'value' | 'onChange' | 'errorMessage' | 'inputRef'> {
  control: Control<T>
  name: FieldPathByValue<T, Rating | null>
}

/** RatingFieldControl binds a RatingField to react-hook-form: its value, its error, and the focus on a server error. */
export function RatingFieldControl<T extends FieldValues>({ control, name, ...props }: RatingFieldControlProps<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <RatingField {...props} value={field.value} onChange={field.onChange} errorMessage={fieldState.error?.message} inputRef={field.ref} />
      )}
    />
  )
}
