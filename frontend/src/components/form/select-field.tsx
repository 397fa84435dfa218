import type { ReactNode } from 'react'
import { type Control, Controller, type FieldValues, type Path } from 'react-hook-form'
import { ComboBox } from '@/components/ui/combobox'
import { type Option, Select } from '@/components/ui/select'

interface SelectControlProps<T extends FieldValues> {
  control: Control<T>
  name: Path<T>
  label: string
  options: Option[]
  description?: ReactNode
  isRequired?: boolean
  isDisabled?: boolean
}

/** SelectControl binds a Select to react-hook-form. */
export function SelectControl<T extends FieldValues>({ control, name, label, options, description, isRequired, isDisabled }: SelectControlProps<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Select
          label={label}
          options={options}
          value={field.value ?? null}
          onChange={field.onChange}
          onBlur={field.onBlur}
          name={field.name}
          description={description}
          errorMessage={fieldState.error?.message}
          isRequired={isRequired}
          isDisabled={isDisabled}
          inputRef={(el) => field.ref(el)}
        />
      )}
    />
  )
}

interface ComboBoxControlProps<T extends FieldValues> extends SelectControlProps<T> {
  emptyText: string
}

/** ComboBoxControl binds a searchable ComboBox to react-hook-form; no choice is null. */
export function ComboBoxControl<T extends FieldValues>({ control, name, label, options, description, isDisabled, emptyText }: ComboBoxControlProps<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <ComboBox
          label={label}
          options={options}
          value={field.value ?? null}
          onChange={field.onChange}
          onBlur={field.onBlur}
          description={description}
          errorMessage={fieldState.error?.message}
          isDisabled={isDisabled}
          emptyText={emptyText}
          inputRef={(el) => field.ref(el)}
        />
      )}
    />
  )
}
