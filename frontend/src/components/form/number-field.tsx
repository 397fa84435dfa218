import type { ReactNode } from 'react'
import { Group, Input, NumberField } from 'react-aria-components'
import { type Control, Controller, type FieldValues, type Path } from 'react-hook-form'
import { FieldHelp, FieldLabel } from '@/components/ui/field-parts'

interface NumberFieldControlProps<T extends FieldValues> {
  control: Control<T>
  name: Path<T>
  label: string
  description?: ReactNode
  isRequired?: boolean
  isDisabled?: boolean
  minValue?: number
  maxValue?: number
}

/**
 * NumberFieldControl types a number in the active locale (1.234,5 in
 * Indonesian; the app's I18nProvider sets it); an empty field is NaN, which
 * the form's schema refuses.
 */
export function NumberFieldControl<T extends FieldValues>({
  control,
  name,
  label,
  description,
  isRequired,
  isDisabled,
  minValue,
  maxValue,
}: NumberFieldControlProps<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <NumberField
          className="field field-number"
          name={field.name}
          value={typeof field.value === 'number' ? field.value : Number.NaN}
          onChange={field.onChange}
          onBlur={field.onBlur}
          isInvalid={!!fieldState.error}
          isRequired={isRequired}
          isDisabled={isDisabled || field.disabled}
          minValue={minValue}
          maxValue={maxValue}
          formatOptions={{ maximumFractionDigits: 2, useGrouping: true }}
          validationBehavior="aria"
        >
          <FieldLabel label={label} isRequired={isRequired} />
          <Group className="number-group">
            <Input ref={field.ref} inputMode="decimal" />
          </Group>
          <FieldHelp description={description} errorMessage={fieldState.error?.message} />
        </NumberField>
      )}
    />
  )
}
