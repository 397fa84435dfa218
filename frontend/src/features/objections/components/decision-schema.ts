import { z } from 'zod'

const rating = z.enum(['ABOVE', 'MEETS', 'BELOW']).nullable()

/**
 * decisionSchema mirrors decideObjection: a decision, the grounds (note,
 * required), and for REVISE new ratings (2022) or new behaviour values
 * (2011, each 0–100).
 */
export function decisionSchema(m: { required: string; reviseNeeds: string; range: string }, numeric: boolean) {
  return z
    .object({
      decision: z.enum(['UPHOLD', 'REVISE']),
      note: z.string().trim().min(1, m.required),
      resultRating: rating,
      behaviourRating: rating,
      values: z.array(z.object({ criterionCode: z.string(), value: z.union([z.nan(), z.number().min(0, m.range).max(100, m.range)]) })),
    })
    .superRefine((v, ctx) => {
      if (v.decision !== 'REVISE') return
      const changed = numeric ? v.values.some((x) => !Number.isNaN(x.value)) : !!(v.resultRating || v.behaviourRating)
      if (!changed) ctx.addIssue({ code: 'custom', path: [numeric ? 'values' : 'resultRating'], message: m.reviseNeeds })
    })
}

export type DecisionValues = z.infer<ReturnType<typeof decisionSchema>>
