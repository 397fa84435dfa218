import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { Button } from '@/components/ui/button'

export interface TreeUnit {
  id: string
  code: string
  name: string
  parentID: string | null
  head: { id: string; name: string } | null
}

/** childrenOf groups the units under their parent (null: the top); a unit whose parent is not in the list counts as top. */
export function childrenOf(units: TreeUnit[]): Map<string | null, TreeUnit[]> {
  const ids = new Set(units.map((u) => u.id))
  const map = new Map<string | null, TreeUnit[]>()
  for (const u of units) {
    const parent = u.parentID && ids.has(u.parentID) ? u.parentID : null
    map.set(parent, [...(map.get(parent) ?? []), u])
  }
  return map
}

interface UnitTreeProps {
  units: TreeUnit[]
  label: string
}

/**
 * UnitTree shows the units as nested lists; a unit with sub-units has a
 * disclosure button (aria-expanded) that shows or hides them. The top
 * level starts open.
 */
export function UnitTree({ units, label }: UnitTreeProps) {
  const { t } = useTranslation('admin')
  const tree = childrenOf(units)
  const top = tree.get(null) ?? []
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set(top.map((u) => u.id)))
  const toggle = (id: string) =>
    setExpanded((prev) => {
      const next = new Set(prev)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })

  function branch(list: TreeUnit[], level: number) {
    return (
      <ul className={level === 1 ? 'unit-tree' : 'unit-tree-group'} aria-label={level === 1 ? label : undefined}>
        {list.map((u) => {
          const kids = tree.get(u.id) ?? []
          const open = expanded.has(u.id)
          const groupId = `unit-group-${u.id}`
          return (
            <li key={u.id}>
              <div className="unit-tree-row">
                {kids.length > 0 ? (
                  <button
                    type="button"
                    className="unit-toggle"
                    aria-expanded={open}
                    aria-controls={open ? groupId : undefined}
                    aria-label={t(open ? 'unit.collapse' : 'unit.expand', { name: u.name })}
                    onClick={() => toggle(u.id)}
                  >
                    <span aria-hidden="true">{open ? '▾' : '▸'}</span>
                  </button>
                ) : (
                  <span className="unit-toggle-spacer" aria-hidden="true" />
                )}
                <div className="unit-tree-label">
                  <Link to={`/admin/unit/${u.id}`}>
                    <span className="unit-code">{u.code}</span> {u.name}
                  </Link>
                  <span className="hint">
                    {u.head ? t('unit.headIs', { name: u.head.name }) : t('unit.noHead')}
                    {kids.length > 0 && ` · ${t('unit.subunits', { count: kids.length })}`}
                  </span>
                </div>
              </div>
              {kids.length > 0 && open && <div id={groupId}>{branch(kids, level + 1)}</div>}
            </li>
          )
        })}
      </ul>
    )
  }

  return (
    <div className="unit-tree-wrap">
      <div className="unit-tree-tools">
        <Button variant="secondary" onPress={() => setExpanded(new Set(units.filter((u) => tree.has(u.id)).map((u) => u.id)))}>
          {t('unit.expandAll')}
        </Button>
        <Button variant="secondary" onPress={() => setExpanded(new Set())}>
          {t('unit.collapseAll')}
        </Button>
      </div>
      {branch(top, 1)}
    </div>
  )
}
