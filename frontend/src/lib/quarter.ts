/** The quarters of the performance year, as the forms choose them. */
export const quarters = ['1', '2', '3', '4'] as const

export type Quarter = (typeof quarters)[number]

/** quarterOf is the quarter of the year a date falls in. */
export function quarterOf(date: Date): Quarter {
  return String(Math.floor(date.getMonth() / 3) + 1) as Quarter
}
