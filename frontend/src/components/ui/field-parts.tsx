import type { ReactNode } from 'react'
import { FieldError, Label, Text } from 'react-aria-components'

/** FieldLabel is a field's label; a required field's carries a mark (the field itself tells a screen reader). */
export function FieldLabel({ label, isRequired }: { label: ReactNode; isRequired?: boolean }) {
  return (
    <Label>
      {label}
      {isRequired && (
        <span className="required-mark" aria-hidden="true">
          {' '}
          *
        </span>
      )}
    </Label>
  )
}

/** FieldHelp is what a field says below its input: the description, and the error announced with the field. */
export function FieldHelp({ description, errorMessage }: { description?: ReactNode; errorMessage?: ReactNode }) {
  return (
    <>
      {description && (
        <Text slot="description" className="hint">
          {description}
        </Text>
      )}
      <FieldError className="hint hint-error">{errorMessage}</FieldError>
    </>
  )
}
