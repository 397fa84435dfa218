import type { TFunction } from 'i18next'
import { z } from 'zod/mini'
import { quarters } from '@/lib/quarter'

/** realizationSchema checks progress as recordRealization does: a quarter 1–4, a value ≥ 0, evidence. */
export function realizationSchema(t: TFunction) {
  const required = t('form.required')
  return z.object({
    quarter: z.enum(quarters),
    value: z.number({ error: required }).check(z.gte(0, t('form.notNegative'))),
    evidence: z.string().check(z.trim(), z.minLength(1, t('realization.evidenceRequired'))),
  })
}

export type RealizationValues = z.infer<ReturnType<typeof realizationSchema>>
