import type { TFunction } from 'i18next'
import { z } from 'zod/mini'

export const aspects = ['QUANTITY', 'QUALITY', 'TIME', 'COST'] as const
export const targetKinds = ['MAIN', 'ADDITIONAL'] as const

/**
 * targetSchema checks a planned result as the server does (addTarget,
 * updateTarget): a title, and each indicator with a description, a target
 * above 0 and a unit. Field names are the API's, so the server's
 * extensions.field ("indicators.0.unit") lands on the same field.
 */
export function targetSchema(t: TFunction) {
  const required = t('form.required')
  return z.object({
    kind: z.enum(targetKinds),
    title: z.string().check(z.trim(), z.minLength(1, required)),
    parentID: z.nullable(z.string()),
    indicators: z
      .array(
        z.object({
          description: z.string().check(z.trim(), z.minLength(1, required)),
          aspect: z.enum(aspects),
          targetValue: z.number({ error: required }).check(z.gt(0, t('form.aboveZero'))),
          unit: z.string().check(z.trim(), z.minLength(1, required)),
        }),
      )
      .check(z.minLength(1, t('plan.indicatorRequired'))),
  })
}

export type TargetValues = z.infer<ReturnType<typeof targetSchema>>

export function emptyIndicator(): TargetValues['indicators'][number] {
  return { description: '', aspect: 'QUANTITY', targetValue: Number.NaN, unit: '' }
}
