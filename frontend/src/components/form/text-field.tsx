import type { ReactNode } from 'react'
import { Input, TextArea, TextField } from 'react-aria-components'
import { type Control, Controller, type FieldValues, type Path } from 'react-hook-form'
import { FieldHelp, FieldLabel } from '@/components/ui/field-parts'

interface TextFieldControlProps<T extends FieldValues> {
  control: Control<T>
  name: Path<T>
  label: string
  description?: ReactNode
  multiline?: boolean
  isRequired?: boolean
  isDisabled?: boolean
  type?: 'text' | 'password' | 'url'
  autoComplete?: string
  className?: string
}

/** TextFieldControl is a labelled text field bound to react-hook-form; its error is announced with it. */
export function TextFieldControl<T extends FieldValues>({
  control,
  name,
  label,
  description,
  multiline,
  isRequired,
  isDisabled,
  type = 'text',
  autoComplete,
  className,
}: TextFieldControlProps<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          className={['field', className].filter(Boolean).join(' ')}
          name={field.name}
          value={field.value ?? ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          isInvalid={!!fieldState.error}
          isRequired={isRequired}
          isDisabled={isDisabled || field.disabled}
          validationBehavior="aria"
          type={type}
          autoComplete={autoComplete}
        >
          <FieldLabel label={label} isRequired={isRequired} />
          {multiline ? <TextArea ref={field.ref} rows={3} /> : <Input ref={field.ref} />}
          <FieldHelp description={description} errorMessage={fieldState.error?.message} />
        </TextField>
      )}
    />
  )
}
