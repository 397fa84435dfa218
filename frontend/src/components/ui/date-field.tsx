import { type CalendarDate, parseDate } from '@internationalized/date'
import type { ReactNode } from 'react'
import { DateField as AriaDateField, DateInput, DateSegment, I18nProvider, Label } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { intlLocale } from '@/lib/format'
import { FieldHelp } from './field-parts'

interface DateFieldProps {
  label: string
  /** An ISO date (2026-12-31) or null. */
  value: string | null
  onChange: (value: string | null) => void
  description?: ReactNode
  errorMessage?: string
  isRequired?: boolean
}

function toCalendarDate(value: string | null): CalendarDate | null {
  if (!value) return null
  try {
    return parseDate(value.slice(0, 10))
  } catch {
    return null
  }
}

/** DateField types a date segment by segment in the order of the active locale (id-ID: dd/mm/yyyy). */
export function DateField({ label, value, onChange, description, errorMessage, isRequired }: DateFieldProps) {
  const { i18n } = useTranslation()
  return (
    <I18nProvider locale={intlLocale(i18n.resolvedLanguage ?? i18n.language)}>
      <AriaDateField
        className="field"
        value={toCalendarDate(value)}
        onChange={(d) => onChange(d ? d.toString() : null)}
        isInvalid={!!errorMessage}
        isRequired={isRequired}
        validationBehavior="aria"
      >
        <Label>{label}</Label>
        <DateInput className="date-input">{(segment) => <DateSegment segment={segment} className="date-segment" />}</DateInput>
        <FieldHelp description={description} errorMessage={errorMessage} />
      </AriaDateField>
    </I18nProvider>
  )
}
