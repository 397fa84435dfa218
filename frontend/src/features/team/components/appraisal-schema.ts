import { z } from 'zod/mini'
import type { RateAppraisalInput, ScoreInput } from '@/gql/graphql'

const rating = z.nullable(z.enum(['ABOVE', 'MEETS', 'BELOW']))

/**
 * appraisalSchema mirrors rateAppraisal's checks: ratings ABOVE, MEETS or
 * BELOW; a behaviour value, when given, 0–100. What must be complete before
 * release is the server's to say (submitAppraisal).
 */
export function appraisalSchema(messages: { range: string }) {
  return z.object({
    resultRating: rating,
    behaviourRating: rating,
    note: z.string(),
    targets: z.array(z.object({ targetID: z.string(), rating, note: z.string() })),
    behaviours: z.array(
      z.object({
        criterionCode: z.string(),
        rating,
        value: z.union([z.nan(), z.number().check(z.gte(0, messages.range), z.lte(100, messages.range))]),
        note: z.string(),
      }),
    ),
  })
}

export type AppraisalValues = z.infer<ReturnType<typeof appraisalSchema>>

/** The input of rateAppraisal (and of appraisalPreview) from the form, and where each score came from. */
export function toRateInput(values: AppraisalValues, numeric: boolean): { input: RateAppraisalInput; paths: string[] } {
  const scores: ScoreInput[] = []
  const paths: string[] = []
  values.targets.forEach((t, i) => {
    const note = t.note.trim()
    if (!t.rating && !note) return
    scores.push({ targetID: t.targetID, ...(t.rating && !numeric ? { rating: t.rating } : {}), ...(note ? { note } : {}) })
    paths.push(`targets.${i}`)
  })
  values.behaviours.forEach((b, i) => {
    const note = b.note.trim()
    const value = numeric && typeof b.value === 'number' && !Number.isNaN(b.value) ? b.value : undefined
    const r = !numeric ? b.rating : null
    if (!r && value === undefined && !note) return
    scores.push({ criterionCode: b.criterionCode, ...(r ? { rating: r } : {}), ...(value !== undefined ? { value } : {}), ...(note ? { note } : {}) })
    paths.push(`behaviours.${i}`)
  })
  const input: RateAppraisalInput = { note: values.note.trim(), scores }
  if (!numeric && values.resultRating) input.resultRating = values.resultRating
  if (!numeric && values.behaviourRating) input.behaviourRating = values.behaviourRating
  return { input, paths }
}

/** formField turns the server's field ("scores.2.value") into the form's ("behaviours.0.value"). */
export function formField(paths: string[]) {
  return (serverField: string): string | undefined => {
    const m = /^scores\.(\d+)(?:\.(\w+))?$/.exec(serverField)
    if (!m) return serverField === 'rating' ? 'resultRating' : serverField
    const base = paths[Number(m[1])]
    if (!base) return undefined
    const leaf = m[2] === 'criterionCode' || m[2] === 'targetID' || !m[2] ? 'note' : m[2]
    return `${base}.${leaf}`
  }
}
