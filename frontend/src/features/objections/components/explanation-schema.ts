import { z } from 'zod/mini'

/** The longest explanation the server keeps. */
export const maxExplanation = 8000

/** explanationSchema mirrors explainObjection: the appraiser's explanation, required, at most maxExplanation characters. */
export function explanationSchema(m: { required: string; tooLong: string }) {
  return z.object({
    explanation: z.string().check(z.trim(), z.minLength(1, m.required), z.maxLength(maxExplanation, m.tooLong)),
  })
}

export type ExplanationValues = z.infer<ReturnType<typeof explanationSchema>>
