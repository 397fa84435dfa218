import type { Key, ReactNode } from 'react'
import { Button as AriaButton, ComboBox as AriaComboBox, Input, Label, ListBox, ListBoxItem, Popover } from 'react-aria-components'
import { FieldHelp } from './field-parts'
import type { Option } from './select'

export interface ComboBoxProps {
  label: string
  options: Option[]
  value: string | null
  onChange: (value: string | null) => void
  onBlur?: () => void
  description?: ReactNode
  errorMessage?: string
  isDisabled?: boolean
  emptyText: string
  inputRef?: (el: HTMLInputElement | null) => void
}

/**
 * ComboBox is a searchable list: typing filters the options (any part of
 * the text, ignoring case and accents); arrow keys and Enter choose.
 */
export function ComboBox({ label, options, value, onChange, onBlur, description, errorMessage, isDisabled, emptyText, inputRef }: ComboBoxProps) {
  return (
    <AriaComboBox
      className="field combobox"
      defaultItems={options}
      selectedKey={value}
      onSelectionChange={(key: Key | null) => onChange(key === null ? null : String(key))}
      onBlur={onBlur}
      isInvalid={!!errorMessage}
      isDisabled={isDisabled}
      menuTrigger="focus"
      validationBehavior="aria"
      allowsEmptyCollection
    >
      <Label>{label}</Label>
      <div className="combobox-input">
        <Input ref={inputRef} />
        <AriaButton className="combobox-button">
          <span aria-hidden="true">▾</span>
        </AriaButton>
      </div>
      <FieldHelp description={description} errorMessage={errorMessage} />
      <Popover className="popover">
        <ListBox className="listbox" renderEmptyState={() => <p className="listbox-empty">{emptyText}</p>}>
          {(option: Option) => (
            <ListBoxItem id={option.id} className="listbox-item" textValue={option.label}>
              <span className="listbox-label">{option.label}</span>
              {option.description && <span className="listbox-description">{option.description}</span>}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </AriaComboBox>
  )
}
