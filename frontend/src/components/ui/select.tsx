import type { Key, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Button as AriaButton, ListBox, ListBoxItem, Popover, Select as AriaSelect, SelectValue } from 'react-aria-components'
import { FieldHelp, FieldLabel } from './field-parts'

export interface Option {
  id: string
  label: string
  description?: string
}

export interface SelectProps {
  label: string
  options: Option[]
  value: string | null
  onChange: (value: string) => void
  onBlur?: () => void
  description?: ReactNode
  errorMessage?: string
  isRequired?: boolean
  isDisabled?: boolean
  placeholder?: string
  name?: string
  className?: string
  /** For react-hook-form: focus on a server error. */
  inputRef?: (el: HTMLButtonElement | null) => void
}

/** Select picks one of a few options (a listbox in a popover; type to jump). */
export function Select({
  label,
  options,
  value,
  onChange,
  onBlur,
  description,
  errorMessage,
  isRequired,
  isDisabled,
  placeholder,
  name,
  className,
  inputRef,
}: SelectProps) {
  const { t } = useTranslation()
  return (
    <AriaSelect
      className={['field', className].filter(Boolean).join(' ')}
      value={value ?? null}
      onChange={(key: Key | null) => key !== null && onChange(String(key))}
      onBlur={onBlur}
      isInvalid={!!errorMessage}
      isRequired={isRequired}
      isDisabled={isDisabled}
      placeholder={placeholder ?? t('form.choose')}
      name={name}
      validationBehavior="aria"
    >
      <FieldLabel label={label} isRequired={isRequired} />
      <AriaButton className="select-button" ref={inputRef}>
        <SelectValue />
        <span aria-hidden="true" className="select-chevron">
          ▾
        </span>
      </AriaButton>
      <FieldHelp description={description} errorMessage={errorMessage} />
      <Popover className="popover">
        <ListBox className="listbox" items={options}>
          {(option) => (
            <ListBoxItem id={option.id} className="listbox-item" textValue={option.label}>
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </AriaSelect>
  )
}
