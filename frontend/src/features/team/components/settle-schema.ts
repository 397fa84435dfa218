import { z } from 'zod/mini'

/** settleSchema mirrors settlePlan: agree or return, and the grounds (note), required. */
export function settleSchema(m: { required: string }) {
  return z.object({
    settlement: z.enum(['AGREE', 'RETURN']),
    note: z.string().check(z.trim(), z.minLength(1, m.required)),
  })
}

export type SettleValues = z.infer<ReturnType<typeof settleSchema>>
