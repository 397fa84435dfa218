import { type ReactNode, type Ref, useId } from 'react'
import { Checkbox } from 'react-aria-components'

interface CheckboxFieldProps {
  label: string
  isSelected: boolean
  onChange: (isSelected: boolean) => void
  /** What choosing it means, read with the checkbox. */
  description?: ReactNode
  inputRef?: Ref<HTMLInputElement | null>
  name?: string
}

/** CheckboxField is a React Aria checkbox with its label and an explanation below, tied to it by aria-describedby. */
export function CheckboxField({ label, isSelected, onChange, description, inputRef, name }: CheckboxFieldProps) {
  const hintId = useId()
  return (
    <div className="checkbox-field">
      <Checkbox
        className="checkbox"
        isSelected={isSelected}
        onChange={onChange}
        inputRef={inputRef}
        name={name}
        aria-describedby={description ? hintId : undefined}
      >
        <span className="checkbox-box" aria-hidden="true">
          <svg viewBox="0 0 18 18">
            <polyline points="3.5 9.5 7.5 13 14.5 5" />
          </svg>
        </span>
        {label}
      </Checkbox>
      {description && (
        <p id={hintId} className="hint">
          {description}
        </p>
      )}
    </div>
  )
}
