import { graphql } from '@/gql'
import type { EmployeeOrder, EmployeePositionKind, EmployeeType, EmployeeWhereInput, OrgUnitWhereInput } from '@/gql/graphql'
import { compactNip } from '@/lib/format-nip'

/** The page size of the employee list. */
export const pageSize = 25

/** One page of the employee list, rows read through EmployeeRow_employee. */
export const EmployeesQuery = graphql(`
  query Employees($first: Int, $after: Cursor, $orderBy: [EmployeeOrder!], $where: EmployeeWhereInput) {
    employees(first: $first, after: $after, orderBy: $orderBy, where: $where) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ...EmployeeRow_employee
        }
      }
    }
  }
`)

/** The choices of the sort control, as written in the address bar. */
export const sortOptions = ['name', '-name', 'nip', '-nip', 'kind', 'type'] as const
export type SortOption = (typeof sortOptions)[number]

export function parseSort(value: string | null): SortOption {
  return sortOptions.find((option) => option === value) ?? 'name'
}

/** employeeOrder turns a sort choice into orderBy; the name (then the NIP) breaks ties. */
export function employeeOrder(sort: SortOption): EmployeeOrder[] {
  if (sort === 'kind' || sort === 'type') {
    return [
      { field: sort === 'kind' ? 'POSITION_KIND' : 'TYPE', direction: 'ASC' },
      { field: 'NAME', direction: 'ASC' },
      { field: 'NIP', direction: 'ASC' },
    ]
  }
  const direction = sort.startsWith('-') ? 'DESC' : 'ASC'
  return sort.endsWith('name')
    ? [
        { field: 'NAME', direction },
        { field: 'NIP', direction },
      ]
    : [{ field: 'NIP', direction }]
}

/** How many levels of sub-units a unit filter takes in (bidang, subbidang, seksi). */
const unitDepth = 3

/** unitOrBelow matches the unit and its sub-units down to unitDepth levels. */
export function unitOrBelow(unitID: string, depth = unitDepth): OrgUnitWhereInput {
  let where: OrgUnitWhereInput = { id: unitID }
  const levels: OrgUnitWhereInput[] = [where]
  for (let i = 0; i < depth; i++) {
    where = { hasParentWith: [where] }
    levels.push(where)
  }
  return { or: levels }
}

/** The filters of the list beyond the search and the unit, as written in the address bar. */
export interface EmployeeFilters {
  /** PNS or PPPK; '' for both. */
  type?: string
  /** An EmployeePositionKind; '' for every kind. */
  kind?: string
  /** 'active', 'inactive' or '' for both. */
  active?: string
  /** 'external' for the officials outside the agency, 'internal' for the agency's own, '' for both. */
  external?: string
}

export const employeeTypes: EmployeeType[] = ['PNS', 'PPPK']
export const positionKinds: EmployeePositionKind[] = ['JPT_UTAMA', 'JPT_MADYA', 'JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS', 'PELAKSANA', 'FUNGSIONAL']

/**
 * employeeWhere filters by a search text (part of a name, or the start of a
 * NIP when the text is digits), a unit with its sub-units, the employee
 * type, the kind of position, whether the employee is active and whether
 * it is an official outside the agency.
 */
export function employeeWhere(search: string, unitID: string, filters: EmployeeFilters = {}): EmployeeWhereInput | undefined {
  const where: EmployeeWhereInput = {}
  const text = search.trim()
  if (text !== '') {
    const digits = compactNip(text)
    where.or = /^\d+$/.test(digits) ? [{ nipHasPrefix: digits }, { nameContainsFold: text }] : [{ nameContainsFold: text }]
  }
  if (unitID !== '') where.hasUnitWith = [unitOrBelow(unitID)]
  const type = employeeTypes.find((x) => x === filters.type)
  if (type) where.type = type
  const kind = positionKinds.find((x) => x === filters.kind)
  if (kind) where.positionKind = kind
  if (filters.active === 'active') where.active = true
  if (filters.active === 'inactive') where.active = false
  if (filters.external === 'external') where.external = true
  if (filters.external === 'internal') where.external = false
  return Object.keys(where).length > 0 ? where : undefined
}
