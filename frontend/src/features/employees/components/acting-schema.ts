import type { TFunction } from 'i18next'
import { z } from 'zod/mini'
import type { Acting, CreateActingAppraiserInput } from '@/gql/graphql'
import { endOfDay, zonedTime } from '@/lib/time-zone'

/** The kinds of acting official: Plt. for a vacant post, Plh. while its holder is away. */
export const actingKinds: Acting[] = ['PLT', 'PLH']

/** The longest letter number the server keeps. */
export const maxLetter = 200

/**
 * actingSchema: the appointment form's values, checked as the server checks
 * them (a range that runs forwards, a letter of at most maxLetter
 * characters) before anything is sent.
 */
export function actingSchema(t: TFunction<'acting'>) {
  const required = t('form.required')
  const given = (v: string | null) => !!v
  return z
    .object({
      actingID: z.nullable(z.string()).check(z.refine(given, required)),
      kind: z.string().check(z.minLength(1, required)),
      startsOn: z.nullable(z.string()).check(z.refine(given, required)),
      endsOn: z.nullable(z.string()).check(z.refine(given, required)),
      letter: z.string().check(z.trim(), z.maxLength(maxLetter, t('form.letterTooLong', { max: maxLetter }))),
    })
    .check(
      z.superRefine((v, ctx) => {
        // ISO days compare as text.
        if (v.startsOn && v.endsOn && v.endsOn < v.startsOn) {
          ctx.issues.push({ code: 'custom', path: ['endsOn'], message: t('form.endBeforeStart'), input: v.endsOn })
        }
      }),
    )
}

export type ActingValues = z.infer<ReturnType<typeof actingSchema>>

export const emptyActing: ActingValues = { actingID: null, kind: '', startsOn: null, endsOn: null, letter: '' }

/**
 * actingInput turns the form's values into createActingAppraiser's input: the
 * first day from its midnight and the last day to its last second, both in
 * the agency's zone, as the server counts the days of an appointment.
 */
export function actingInput(employeeID: string, v: ActingValues, timeZone: string): CreateActingAppraiserInput {
  const input: CreateActingAppraiserInput = {
    employeeID,
    actingID: v.actingID ?? '',
    kind: v.kind as Acting,
    startsOn: zonedTime(v.startsOn ?? '', '00:00:00', timeZone),
    endsOn: endOfDay(v.endsOn ?? '', timeZone),
  }
  const letter = v.letter.trim()
  if (letter !== '') input.letter = letter
  return input
}
