import { graphql } from '@/gql'
import type { AppraisalWhereInput } from '@/gql/graphql'

/** The periods (newest first) and units to export. */
export const ExportOptionsQuery = graphql(`
  query ExportOptions {
    periods(first: 50, orderBy: [{ field: YEAR, direction: DESC }]) {
      edges {
        node {
          id
          name
          year
        }
      }
    }
    orgUnits(first: 100, orderBy: [{ field: CODE, direction: ASC }]) {
      edges {
        node {
          id
          code
          name
        }
      }
    }
  }
`)

/** The page size of the printable appraisal list. */
export const appraisalPageSize = 25

/**
 * The appraisals of a period the viewer may see, and how many of them the
 * export holds (released annual appraisals, as the server exports them).
 */
export const ExportAppraisalsQuery = graphql(`
  query ExportAppraisals($first: Int, $after: Cursor, $where: AppraisalWhereInput, $exported: AppraisalWhereInput) {
    exported: appraisals(first: 0, where: $exported) {
      totalCount
    }
    appraisals(first: $first, after: $after, where: $where, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          quarter
          status
          predikat
          plan {
            id
            employee {
              id
              nip
              name
              unit {
                id
                code
              }
            }
          }
        }
      }
    }
  }
`)

/** The statuses of the appraisals the export holds (those the employee has been shown). */
export const exportedStatuses = ['SUBMITTED', 'OBJECTED', 'FINAL'] as const

/** unitOrBelow matches a unit and its sub-units down to three levels (bidang, subbidang, seksi), as the export's unit filter does. */
function unitOrBelow(unitID: string) {
  let where: { id?: string; hasParentWith?: unknown[] } = { id: unitID }
  const levels = [where]
  for (let i = 0; i < 3; i++) {
    where = { hasParentWith: [where] }
    levels.push(where)
  }
  return { or: levels }
}

/** appraisalWhere selects the appraisals of the period (and unit), optionally by a part of the employee's name or NIP. */
export function appraisalWhere(periodID: string, unitID: string, search: string): AppraisalWhereInput {
  const employee: Record<string, unknown>[] = []
  if (unitID) employee.push({ hasUnitWith: [unitOrBelow(unitID)] })
  const text = search.trim()
  if (text) {
    const digits = text.replace(/\s+/g, '')
    employee.push({ or: /^\d+$/.test(digits) ? [{ nipHasPrefix: digits }, { nameContainsFold: text }] : [{ nameContainsFold: text }] })
  }
  return {
    hasPlanWith: [{ hasPeriodWith: [{ id: periodID }], ...(employee.length > 0 ? { hasEmployeeWith: employee } : {}) }],
  }
}

/** exportedWhere counts what the download holds: the period's (and unit's) released annual appraisals. */
export function exportedWhere(periodID: string, unitID: string): AppraisalWhereInput {
  const where = appraisalWhere(periodID, unitID, '')
  return { ...where, kind: 'ANNUAL', statusIn: [...exportedStatuses] }
}

/**
 * exportUrl is the address of the download of a period (and unit) in a
 * format, with the words beside the codes in lang (the interface's language).
 */
export function exportUrl(format: 'csv' | 'xlsx', periodID: string, unitID: string, lang: string): string {
  const q = new URLSearchParams({ periodID })
  if (unitID) q.set('unitID', unitID)
  q.set('lang', lang)
  return `/export/appraisals.${format}?${q.toString()}`
}

/** printUrl is the address of the printable evaluation document of an appraisal. */
export function printUrl(appraisalID: string): string {
  return `/print/appraisals/${encodeURIComponent(appraisalID)}`
}
