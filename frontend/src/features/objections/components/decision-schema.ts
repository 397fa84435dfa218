import { z } from 'zod/mini'

const rating = z.nullable(z.enum(['ABOVE', 'MEETS', 'BELOW']))

/**
 * decisionSchema mirrors decideObjection: a decision, the grounds (note,
 * required), and for REVISE new ratings (2022) or new behaviour values
 * (2011, each 0–100).
 */
export function decisionSchema(m: { required: string; reviseNeeds: string; range: string }, numeric: boolean) {
  return z
    .object({
      decision: z.enum(['UPHOLD', 'REVISE']),
      note: z.string().check(z.trim(), z.minLength(1, m.required)),
      resultRating: rating,
      behaviourRating: rating,
      values: z.array(z.object({ criterionCode: z.string(), value: z.union([z.nan(), z.number().check(z.gte(0, m.range), z.lte(100, m.range))]) })),
    })
    .check(
      z.refine((v) => v.decision !== 'REVISE' || (numeric ? v.values.some((x) => !Number.isNaN(x.value)) : !!(v.resultRating || v.behaviourRating)), {
        error: m.reviseNeeds,
        path: [numeric ? 'values' : 'resultRating'],
      }),
    )
}

export type DecisionValues = z.infer<ReturnType<typeof decisionSchema>>
