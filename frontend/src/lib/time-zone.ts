// The agency's time zone: deadlines end at midnight there, and every date and
// time is shown as it is there, whatever the zone of the browser.

/** The agency's IANA zone and its abbreviation (WIB, WITA, WIT), as Query.agency gives them. */
export interface Zone {
  timeZone: string
  abbreviation: string
}

/** The zone of the Kota Makassar agency, until the server has named its own. */
export const defaultZone: Zone = { timeZone: 'Asia/Makassar', abbreviation: 'WITA' }

const dayFormats = new Map<string, Intl.DateTimeFormat>()
const clockFormats = new Map<string, Intl.DateTimeFormat>()

function cached(cache: Map<string, Intl.DateTimeFormat>, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let format = cache.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { ...options, timeZone })
    cache.set(timeZone, format)
  }
  return format
}

/** zonedDay is the calendar day (2027-01-31) on which the instant falls in timeZone. */
export function zonedDay(instant: Date, timeZone: string): string {
  // en-CA writes the ISO order, 2027-01-31.
  return cached(dayFormats, timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant)
}

/** offsetMinutes is how far timeZone's clock is ahead of UTC at the instant (+480 for WITA). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = cached(clockFormats, timeZone, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant)
  const n = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0)
  const wall = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'))
  const whole = Math.floor(instant.getTime() / 1000) * 1000
  return Math.round((wall - whole) / 60_000)
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  const abs = Math.abs(minutes)
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
}

/**
 * zonedTime is the RFC 3339 time of a wall-clock time on a calendar day in
 * timeZone: zonedTime('2027-01-31', '23:59:59', 'Asia/Makassar') is
 * 2027-01-31T23:59:59+08:00.
 */
export function zonedTime(day: string, clock: string, timeZone: string): string {
  const asUTC = new Date(`${day}T${clock}Z`)
  // The offset at the wall time read as UTC, then at the instant that gives:
  // right on both sides of a change of offset.
  let offset = offsetMinutes(asUTC, timeZone)
  offset = offsetMinutes(new Date(asUTC.getTime() - offset * 60_000), timeZone)
  return `${day}T${clock}${offsetText(offset)}`
}

/** endOfDay is the last second of a calendar day in timeZone: when a deadline on that day ends. */
export function endOfDay(day: string, timeZone: string): string {
  return zonedTime(day, '23:59:59', timeZone)
}

const day = 24 * 60 * 60 * 1000

/**
 * daysUntil counts whole calendar days in timeZone from now to the day of the
 * deadline: 0 is that day, 1 the day before, negative once it has passed, as
 * InboxItem.daysLeft does on the server.
 */
export function daysUntil(deadline: string | Date, timeZone: string, now: Date = new Date()): number {
  const d = typeof deadline === 'string' ? new Date(deadline) : deadline
  return Math.round((Date.parse(zonedDay(d, timeZone)) - Date.parse(zonedDay(now, timeZone))) / day)
}
