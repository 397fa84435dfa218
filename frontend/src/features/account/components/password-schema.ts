import type { TFunction } from 'i18next'
import { z } from 'zod/mini'

/** The shortest password the server accepts (internal/auth MinPasswordLength). */
export const minPasswordLength = 8

/** passwordSchema: the current password, a new one of at least 8 characters, typed twice alike. */
export function passwordSchema(t: TFunction) {
  return z
    .object({
      currentPassword: z.string().check(z.minLength(1, t('form.required'))),
      newPassword: z.string().check(z.minLength(minPasswordLength, t('account.tooShort', { min: minPasswordLength }))),
      confirmPassword: z.string(),
    })
    .check(z.refine((v) => v.newPassword === v.confirmPassword, { path: ['confirmPassword'], error: t('account.mismatch') }))
}

export type PasswordValues = z.infer<ReturnType<typeof passwordSchema>>
