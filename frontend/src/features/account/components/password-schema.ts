import type { TFunction } from 'i18next'
import { z } from 'zod'

/** The shortest password the server accepts (internal/auth MinPasswordLength). */
export const minPasswordLength = 8

/** passwordSchema: the current password, a new one of at least 8 characters, typed twice alike. */
export function passwordSchema(t: TFunction) {
  return z
    .object({
      currentPassword: z.string().min(1, t('form.required')),
      newPassword: z.string().min(minPasswordLength, t('account.tooShort', { min: minPasswordLength })),
      confirmPassword: z.string(),
    })
    .refine((v) => v.newPassword === v.confirmPassword, { path: ['confirmPassword'], message: t('account.mismatch') })
}

export type PasswordValues = z.infer<ReturnType<typeof passwordSchema>>
