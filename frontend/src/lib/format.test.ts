import { renderHook } from '@testing-library/react'
import { createElement, type ReactNode } from 'react'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { makeFormatter, useFormat } from './format'
import { SessionContext, type SessionViewer } from './session'
import { daysUntil, defaultZone, endOfDay, zonedDay, zonedTime } from './time-zone'

// The browser runs in Los Angeles (UTC−8), the agency in Makassar (UTC+8):
// whatever the test machine's zone, the dates must be the agency's.
beforeAll(() => {
  vi.stubEnv('TZ', 'America/Los_Angeles')
})
afterAll(() => {
  vi.unstubAllEnvs()
})

/** The end of 31 January 2027 in Makassar, as the server sends a deadline: 31 January 07:59 in Los Angeles. */
const deadline = '2027-01-31T15:59:59.999999999Z'
/** Half past midnight on 1 February in Makassar; still 31 January, 08:30, in Los Angeles. */
const earlyFebruary = '2027-01-31T16:30:00Z'
const jayapura = { timeZone: 'Asia/Jayapura', abbreviation: 'WIT' }

describe('makeFormatter', () => {
  it('runs the test in a browser zone other than the agency’s', () => {
    expect(new Date(earlyFebruary).getDate()).toBe(31)
    expect(new Date(earlyFebruary).getHours()).toBe(8)
  })

  it("shows dates and times on the agency's clock, not the browser's", () => {
    const id = makeFormatter('id')
    expect(id.date(earlyFebruary)).toBe('1 Februari 2027')
    expect(id.dateTime(earlyFebruary)).toBe('1 Feb 2027, 00.30')
    expect(makeFormatter('en').date(earlyFebruary)).toBe('1 February 2027')
    expect(makeFormatter('en').dateTime(earlyFebruary)).toBe('1 Feb 2027, 00:30')
  })

  it('shows a deadline ending at midnight in the zone with its abbreviation', () => {
    expect(makeFormatter('id').deadline(deadline)).toBe('31 Jan 2027, 23.59 WITA')
    expect(makeFormatter('en').deadline(deadline)).toBe('31 Jan 2027, 23:59 WITA')
    expect(makeFormatter('id').date(deadline)).toBe('31 Januari 2027')
  })

  it('follows the zone the agency names', () => {
    const f = makeFormatter('id', jayapura)
    expect(f.dateTime(deadline)).toBe('1 Feb 2027, 00.59')
    expect(f.deadline('2027-01-31T14:59:59.999Z')).toBe('31 Jan 2027, 23.59 WIT')
  })

  it('shows a calendar day stored in UTC as that day in any zone', () => {
    expect(makeFormatter('id').day('2026-12-31T23:59:59Z')).toBe('31 Desember 2026')
    expect(makeFormatter('id', jayapura).day('2026-01-01T00:00:00Z')).toBe('1 Januari 2026')
    expect(makeFormatter('en').day('2026-01-01T00:00:00Z')).toBe('1 January 2026')
  })

  it("counts the days to a deadline in the agency's zone", () => {
    const f = makeFormatter('id')
    expect(f.daysUntil(deadline, new Date('2027-01-31T15:00:00Z'))).toBe(0)
    expect(f.daysUntil(deadline, new Date('2027-01-30T02:00:00Z'))).toBe(1)
    // 31 January in Los Angeles, but 1 February in Makassar: one day overdue.
    expect(f.daysUntil(deadline, new Date(earlyFebruary))).toBe(-1)
    expect(f.daysUntil(deadline, new Date('2027-01-21T16:00:00Z'))).toBe(9)
  })

  it('leaves a missing value empty', () => {
    const f = makeFormatter('id')
    expect([f.date(null), f.dateTime(undefined), f.deadline(null), f.day(null)]).toEqual(['', '', '', ''])
  })
})

describe('useFormat', () => {
  it('formats in the zone the session loaded, and in the default zone outside a session', () => {
    const viewer = {} as SessionViewer
    const wrapper = ({ children }: { children: ReactNode }) =>
      createElement(
        SessionContext.Provider,
        { value: { status: 'signed-in', viewer, zone: jayapura, signedIn: () => {}, logout: () => Promise.resolve() } },
        children,
      )
    expect(renderHook(() => useFormat(), { wrapper }).result.current.deadline('2027-01-31T14:59:59.999Z')).toBe('31 Jan 2027, 23.59 WIT')
    expect(renderHook(() => useFormat()).result.current.zone).toEqual(defaultZone)
  })
})

describe('time zone helpers', () => {
  it('read the calendar day of an instant in a zone', () => {
    expect(zonedDay(new Date(earlyFebruary), 'Asia/Makassar')).toBe('2027-02-01')
    expect(zonedDay(new Date(earlyFebruary), 'America/Los_Angeles')).toBe('2027-01-31')
  })

  it("write the end of a day in the zone's offset, daylight saving included", () => {
    expect(endOfDay('2027-01-31', 'Asia/Makassar')).toBe('2027-01-31T23:59:59+08:00')
    expect(endOfDay('2027-01-31', 'Asia/Jakarta')).toBe('2027-01-31T23:59:59+07:00')
    expect(endOfDay('2026-07-01', 'America/New_York')).toBe('2026-07-01T23:59:59-04:00')
    expect(endOfDay('2026-01-15', 'America/New_York')).toBe('2026-01-15T23:59:59-05:00')
    expect(zonedTime('2026-03-08', '12:00:00', 'America/New_York')).toBe('2026-03-08T12:00:00-04:00')
    expect(new Date(endOfDay('2027-01-31', 'Asia/Makassar')).toISOString()).toBe('2027-01-31T15:59:59.000Z')
  })

  it('count days across the end of a month in the zone', () => {
    expect(daysUntil('2027-02-01T15:59:59Z', 'Asia/Makassar', new Date('2027-01-31T00:00:00Z'))).toBe(1)
  })
})
