import { useOutletContext } from 'react-router'

export interface PeriodOption {
  id: string
  name: string
  year: number
}

export interface UnitOption {
  id: string
  code: string
  name: string
  parentId: string | null
  depth: number
}

/** What the frame of the dashboards gives each of them: the filters in effect. */
export interface DashboardContext {
  period: PeriodOption
  /** The unit chosen (with its sub-units); null: all the caller may read. */
  unitId: string | null
  units: UnitOption[]
  unitById: Map<string, UnitOption>
  /** Drills down (or up) to a unit; null for all. */
  setUnit: (id: string | null) => void
}

/** useDashboard reads the filters of the frame around the dashboard. */
export function useDashboard(): DashboardContext {
  return useOutletContext<DashboardContext>()
}

/** unitTree orders units depth first under their parents, with their depth. */
export function unitTree(units: { id: string; code: string; name: string; parent?: { id: string } | null }[]): UnitOption[] {
  const ids = new Set(units.map((u) => u.id))
  const children = new Map<string | null, typeof units>()
  for (const u of units) {
    const parent = u.parent && ids.has(u.parent.id) ? u.parent.id : null
    children.set(parent, [...(children.get(parent) ?? []), u])
  }
  const out: UnitOption[] = []
  const walk = (parent: string | null, depth: number) => {
    for (const u of children.get(parent) ?? []) {
      out.push({ id: u.id, code: u.code, name: u.name, parentId: u.parent?.id ?? null, depth })
      walk(u.id, depth + 1)
    }
  }
  walk(null, 0)
  return out
}
