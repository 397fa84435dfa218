import { z } from 'zod/mini'

/** The longest remark the server keeps. */
export const maxFeedback = 4000

/** The choice of "Tentang" for a remark on the period as a whole (no target). */
export const aboutPeriod = 'period'

/**
 * feedbackSchema mirrors giveFeedback: the remark, required, at most
 * maxFeedback characters; what it is about, one of the plan's targets or
 * aboutPeriod.
 */
export function feedbackSchema(m: { required: string; tooLong: string }) {
  return z.object({
    text: z.string().check(z.trim(), z.minLength(1, m.required), z.maxLength(maxFeedback, m.tooLong)),
    about: z.string(),
  })
}

export type FeedbackValues = z.infer<ReturnType<typeof feedbackSchema>>
