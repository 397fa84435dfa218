import type { TFunction } from 'i18next'
import { z } from 'zod/mini'

/** realizationSchema checks progress as recordRealization does: a quarter 1–4, a value ≥ 0, evidence. */
export function realizationSchema(t: TFunction) {
  const required = t('form.required')
  return z.object({
    quarter: z.enum(['1', '2', '3', '4']),
    value: z.number({ error: required }).check(z.gte(0, t('form.notNegative'))),
    evidence: z.string().check(z.trim(), z.minLength(1, t('realization.evidenceRequired'))),
  })
}

export type RealizationValues = z.infer<ReturnType<typeof realizationSchema>>

/** The quarter of the year a date falls in. */
export function quarterOf(date: Date): RealizationValues['quarter'] {
  return String(Math.floor(date.getMonth() / 3) + 1) as RealizationValues['quarter']
}
