import type { ReactNode } from 'react'
import { FieldError, Input, Label, Text, TextArea, TextField } from 'react-aria-components'
import { type Control, Controller, type FieldValues, type Path } from 'react-hook-form'

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
          <Label>
            {label}
            {isRequired && (
              <span className="required-mark" aria-hidden="true">
                {' '}
                *
              </span>
            )}
          </Label>
          {multiline ? <TextArea ref={field.ref} rows={3} /> : <Input ref={field.ref} />}
          {description && (
            <Text slot="description" className="hint">
              {description}
            </Text>
          )}
          <FieldError className="hint hint-error">{fieldState.error?.message}</FieldError>
        </TextField>
      )}
    />
  )
}
