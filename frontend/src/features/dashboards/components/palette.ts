/**
 * The Okabe–Ito palette, safe for the common colour-vision deficiencies;
 * ordered so the first colours keep contrast on white (yellow is left out).
 */
export const palette = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#000000'] as const

/** The colour of the n-th series. */
export function seriesColor(n: number): string {
  return palette[n % palette.length] ?? palette[0]
}
