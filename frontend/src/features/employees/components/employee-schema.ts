import type { TFunction } from 'i18next'
import { z } from 'zod/mini'
import type { EmployeeFunctionalLevel, EmployeePositionKind, EmployeeType } from '@/gql/graphql'

/** The golongan/ruang of PNS, lowest first (internal/asn). */
export const pnsRanks = ['I/a', 'I/b', 'I/c', 'I/d', 'II/a', 'II/b', 'II/c', 'II/d', 'III/a', 'III/b', 'III/c', 'III/d', 'IV/a', 'IV/b', 'IV/c', 'IV/d', 'IV/e']
/** The grades of PPPK, I–XVII (internal/asn). */
export const pppkGrades = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII']

export function ranksOf(type: string): string[] {
  return type === 'PPPK' ? pppkGrades : pnsRanks
}

export const functionalLevels: EmployeeFunctionalLevel[] = ['AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA', 'AHLI_UTAMA', 'PEMULA', 'TERAMPIL', 'MAHIR', 'PENYELIA']

/** The choice of no functional level in its select. */
export const noLevel = 'NONE'

/** What is wrong with a NIP, as a key under admin:nip.*, or null; the same checks as the server's (internal/asn ValidateNIP). */
export type NipProblemKey = 'digitsOnly' | 'length' | 'birthDate' | 'birthFuture' | 'month' | 'underage' | 'appointmentFuture' | 'gender' | 'sequence'

export function nipProblem(nip: string, type: string, now: Date = new Date()): { key: NipProblemKey; values?: Record<string, string | number> } | null {
  if (!/^\d*$/.test(nip)) return { key: 'digitsOnly' }
  if (nip.length !== 18) return { key: 'length', values: { count: nip.length } }
  const y = Number(nip.slice(0, 4))
  const m = Number(nip.slice(4, 6))
  const d = Number(nip.slice(6, 8))
  const birth = new Date(Date.UTC(y, m - 1, d))
  if (y < 1900 || birth.getUTCFullYear() !== y || birth.getUTCMonth() !== m - 1 || birth.getUTCDate() !== d)
    return { key: 'birthDate', values: { date: nip.slice(0, 8) } }
  if (birth.getTime() > now.getTime()) return { key: 'birthFuture' }
  const year = Number(nip.slice(8, 12))
  if (type === 'PNS') {
    const month = Number(nip.slice(12, 14))
    if (month < 1 || month > 12) return { key: 'month', values: { month: nip.slice(12, 14) } }
    const tmt = Date.UTC(year, month - 1, 1)
    if (tmt < Date.UTC(y + 18, m - 1, d)) return { key: 'underage' }
    if (tmt > now.getTime()) return { key: 'appointmentFuture' }
  } else {
    if (year < y + 18) return { key: 'underage' }
    if (year > now.getUTCFullYear()) return { key: 'appointmentFuture' }
  }
  if (nip[14] !== '1' && nip[14] !== '2') return { key: 'gender' }
  if (nip.slice(15) === '000') return { key: 'sequence' }
  return null
}

/** employeeSchema: the employee form's values, checked as the server checks them before anything is sent. */
export function employeeSchema(t: TFunction<'admin'>) {
  const required = t('form.required')
  return z
    .object({
      nip: z.string().check(z.trim(), z.minLength(1, required)),
      name: z.string().check(z.trim(), z.minLength(1, required)),
      type: z.enum(['PNS', 'PPPK']),
      rank: z.string().check(z.minLength(1, required)),
      rankSince: z.nullable(z.string()),
      position: z.string().check(z.trim(), z.minLength(1, required)),
      positionKind: z.string().check(z.minLength(1, required)),
      functionalLevel: z.string(),
      email: z.string().check(
        z.trim(),
        z.refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), t('form.email')),
      ),
      active: z.boolean(),
      external: z.boolean(),
      unitID: z.nullable(z.string()).check(z.refine((v) => !!v, required)),
      supervisorID: z.nullable(z.string()),
    })
    .check(
      z.superRefine((v, ctx) => {
        const nip = v.nip.replace(/[\s.-]/g, '')
        const problem = nip === '' ? null : nipProblem(nip, v.type)
        if (problem) ctx.issues.push({ code: 'custom', path: ['nip'], message: t(`nip.${problem.key}`, problem.values ?? {}), input: v.nip })
        if (v.rank !== '' && !ranksOf(v.type).includes(v.rank)) {
          ctx.issues.push({ code: 'custom', path: ['rank'], message: t('form.rankOfType', { type: v.type }), input: v.rank })
        }
      }),
    )
}

export type EmployeeValues = z.infer<ReturnType<typeof employeeSchema>>

export const emptyEmployee: EmployeeValues = {
  nip: '',
  name: '',
  type: 'PNS',
  rank: '',
  rankSince: null,
  position: '',
  positionKind: '',
  functionalLevel: noLevel,
  email: '',
  active: true,
  external: false,
  unitID: null,
  supervisorID: null,
}

/** A date field's day as the API's time: midnight UTC of that day. */
export function dayToTime(day: string | null): string | undefined {
  return day ? `${day.slice(0, 10)}T00:00:00Z` : undefined
}

export interface EmployeeInputParts {
  nip: string
  name: string
  type: EmployeeType
  rank: string
  position: string
  positionKind: EmployeePositionKind
  active: boolean
  unitID: string
  rankSince?: string
  functionalLevel?: EmployeeFunctionalLevel
  email?: string
  supervisorID?: string
  external?: boolean
}

/** inputOf turns the form's values into the fields of CreateEmployeeInput (and the set ones of UpdateEmployeeInput). */
export function inputOf(v: EmployeeValues): EmployeeInputParts {
  const level = v.positionKind === 'FUNGSIONAL' ? functionalLevels.find((l) => l === v.functionalLevel) : undefined
  const input: EmployeeInputParts = {
    nip: v.nip.replace(/[\s.-]/g, ''),
    name: v.name.trim(),
    type: v.type,
    rank: v.rank,
    position: v.position.trim(),
    positionKind: v.positionKind as EmployeePositionKind,
    active: v.active,
    unitID: v.unitID ?? '',
  }
  const since = dayToTime(v.rankSince)
  if (since) input.rankSince = since
  if (level) input.functionalLevel = level
  if (v.email.trim() !== '') input.email = v.email.trim()
  if (v.supervisorID) input.supervisorID = v.supervisorID
  if (v.external) input.external = true
  return input
}
