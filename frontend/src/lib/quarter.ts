import { zonedDay } from './time-zone'

/** The quarters of the performance year, as the forms choose them. */
export const quarters = ['1', '2', '3', '4'] as const

export type Quarter = (typeof quarters)[number]

/** quarterOf is the quarter of the year a date falls in, in the agency's zone timeZone. */
export function quarterOf(date: Date, timeZone: string): Quarter {
  const month = Number(zonedDay(date, timeZone).slice(5, 7))
  return String(Math.floor((month - 1) / 3) + 1) as Quarter
}
