import { useTranslation } from 'react-i18next'

/** The Intl locale of a language of the interface. */
export function intlLocale(language: string): string {
  return language === 'en' ? 'en-GB' : 'id-ID'
}

const day = 24 * 60 * 60 * 1000

/**
 * daysUntil counts whole calendar days from today to the day of deadline in
 * the browser's time zone: 0 is today, negative is past.
 */
export function daysUntil(deadline: string | Date, now: Date = new Date()): number {
  const d = typeof deadline === 'string' ? new Date(deadline) : deadline
  const a = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())
  const b = Date.UTC(d.getFullYear(), d.getMonth(), d.getDate())
  return Math.round((b - a) / day)
}

export interface Formatter {
  locale: string
  /** 1 Desember 2026 */
  date: (value: string | null | undefined) => string
  /** 1 Des 2026 14.05 */
  dateTime: (value: string | null | undefined) => string
  /** 1.234,5 in Indonesian, 1,234.5 in English; at most two decimals. */
  number: (value: number | null | undefined, fractionDigits?: number) => string
}

/** makeFormatter formats dates and numbers with Intl in the given language. */
export function makeFormatter(language: string): Formatter {
  const locale = intlLocale(language)
  const dateFmt = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' })
  const dateTimeFmt = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' })
  return {
    locale,
    date: (value) => (value ? dateFmt.format(new Date(value)) : ''),
    dateTime: (value) => (value ? dateTimeFmt.format(new Date(value)) : ''),
    number: (value, fractionDigits) =>
      value === null || value === undefined || Number.isNaN(value)
        ? ''
        : new Intl.NumberFormat(locale, {
            maximumFractionDigits: fractionDigits ?? 2,
            minimumFractionDigits: fractionDigits ?? 0,
          }).format(value),
  }
}

/** useFormat gives the formatter of the active language (and re-renders when it changes). */
export function useFormat(): Formatter {
  const { i18n } = useTranslation()
  return makeFormatter(i18n.resolvedLanguage ?? i18n.language)
}
