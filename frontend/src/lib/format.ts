import { useContext, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { SessionContext } from './session'
import { daysUntil, defaultZone, type Zone } from './time-zone'

/** The Intl locale of a language of the interface. */
export function intlLocale(language: string): string {
  return language === 'en' ? 'en-GB' : 'id-ID'
}

export interface Formatter {
  locale: string
  /** The agency's zone, in which every date and time is shown. */
  zone: Zone
  /** 1 Desember 2026: the day of an instant in the agency's zone. */
  date: (value: string | null | undefined) => string
  /** 1 Des 2026 14.05: an instant on the agency's clock. */
  dateTime: (value: string | null | undefined) => string
  /**
   * 31 Jan 2027 23.59 WITA: a deadline on the agency's clock, with the zone's
   * abbreviation, since a deadline ends at midnight there and not in the
   * browser's zone.
   */
  deadline: (value: string | null | undefined) => string
  /**
   * 31 Desember 2026: a calendar day stored as a time in UTC (a period's first
   * and last day, a date of birth, a rank's start), shown as that day whatever
   * the zone.
   */
  day: (value: string | null | undefined) => string
  /** 1.234,5 in Indonesian, 1,234.5 in English; at most two decimals. */
  number: (value: number | null | undefined, fractionDigits?: number) => string
  /** Whole days from now to the day of a deadline in the agency's zone: 0 on that day, negative once it has passed. */
  daysUntil: (deadline: string | Date, now?: Date) => number
}

/** makeFormatter formats dates and numbers with Intl in the given language, dates and times in the agency's zone. */
export function makeFormatter(language: string, zone: Zone = defaultZone): Formatter {
  const locale = intlLocale(language)
  const { timeZone } = zone
  const dateFmt = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone })
  const dateTimeFmt = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone })
  const dayFmt = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
  const dateTime = (value: string | null | undefined) => (value ? dateTimeFmt.format(new Date(value)) : '')
  return {
    locale,
    zone,
    date: (value) => (value ? dateFmt.format(new Date(value)) : ''),
    dateTime,
    deadline: (value) => (value ? `${dateTime(value)} ${zone.abbreviation}` : ''),
    day: (value) => (value ? dayFmt.format(new Date(value)) : ''),
    number: (value, fractionDigits) =>
      value === null || value === undefined || Number.isNaN(value)
        ? ''
        : new Intl.NumberFormat(locale, {
            maximumFractionDigits: fractionDigits ?? 2,
            minimumFractionDigits: fractionDigits ?? 0,
          }).format(value),
    daysUntil: (deadline, now) => daysUntil(deadline, timeZone, now),
  }
}

/** useZone is the agency's zone, as the session loaded it with the viewer (the default zone outside a session). */
export function useZone(): Zone {
  const session = useContext(SessionContext)
  return session?.status === 'signed-in' ? session.zone : defaultZone
}

/** useFormat gives the formatter of the active language and the agency's zone (and re-renders when either changes). */
export function useFormat(): Formatter {
  const { i18n } = useTranslation()
  const zone = useZone()
  const language = i18n.resolvedLanguage ?? i18n.language
  return useMemo(() => makeFormatter(language, zone), [language, zone])
}
