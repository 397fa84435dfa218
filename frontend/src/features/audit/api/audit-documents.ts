import { graphql } from '@/gql'
import type { AuditEventWhereInput } from '@/gql/graphql'
import { zonedTime } from '@/lib/time-zone'

/** The page size of the audit trail. */
export const auditPageSize = 50

/** The audit trail, newest first. */
export const AuditEventsQuery = graphql(`
  query AuditEvents($first: Int, $after: Cursor, $where: AuditEventWhereInput) {
    auditEvents(first: $first, after: $after, where: $where, orderBy: [{ field: AT, direction: DESC }]) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          at
          actorName
          action
          entityType
          entityID
          before
          after
          actor {
            id
            nip
            name
          }
        }
      }
    }
  }
`)

/** The audited entities, as the trail names them. */
export const entityTypes = [
  'APIToken',
  'Account',
  'Appraisal',
  'Criterion',
  'Employee',
  'Feedback',
  'Indicator',
  'Notification',
  'Objection',
  'OrgUnit',
  'Period',
  'Plan',
  'Realization',
  'Recommendation',
  'Score',
  'Target',
  'TrainingProgram',
  'UnitRating',
] as const

/** The filters of the trail, as the address holds them. */
export interface AuditFilters {
  entity: string
  actor: string
  action: string
  /** ISO dates (2026-12-31), inclusive. */
  from: string
  to: string
}

/** nextDay is the ISO date after an ISO date. */
function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}

/** startOf is the instant a calendar day starts in timeZone. */
const startOf = (date: string, timeZone: string) => new Date(zonedTime(date, '00:00:00', timeZone)).toISOString()

/** auditWhere turns the filters into the query's where; dates are days in the agency's time zone, as the trail shows them. */
export function auditWhere(f: AuditFilters, timeZone: string): AuditEventWhereInput | undefined {
  const where: AuditEventWhereInput = {}
  if (f.entity) where.entityType = f.entity
  if (f.actor.trim()) where.actorNameContainsFold = f.actor.trim()
  if (f.action.trim()) where.actionContainsFold = f.action.trim()
  if (f.from) where.atGTE = startOf(f.from, timeZone)
  if (f.to) where.atLT = startOf(nextDay(f.to), timeZone)
  return Object.keys(where).length > 0 ? where : undefined
}
