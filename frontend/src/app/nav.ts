import type { SessionViewer } from '@/lib/session'

/** The i18n key under nav.* of each page of the navigation. */
export type NavKey = 'home' | 'plan' | 'realization' | 'appraisals' | 'team' | 'objections' | 'employees' | 'account'

export interface NavItem {
  key: NavKey
  to: string
  end?: boolean
}

/**
 * navItems lists what the viewer can use: every employee has a plan,
 * realisations and appraisals; a supervisor a team; a superior of
 * appraisers the objections; HR and auditors the employee register.
 */
export function navItems(viewer: SessionViewer): NavItem[] {
  const items: NavItem[] = [{ key: 'home', to: '/', end: true }]
  if (viewer.employee) {
    items.push({ key: 'plan', to: '/skp' }, { key: 'realization', to: '/realisasi' }, { key: 'appraisals', to: '/penilaian' })
  }
  if (viewer.can.appraise) items.push({ key: 'team', to: '/tim' })
  if (viewer.can.decideObjections) items.push({ key: 'objections', to: '/keberatan' })
  if (viewer.can.manageMasterData || viewer.can.readAuditTrail) items.push({ key: 'employees', to: '/employees' })
  items.push({ key: 'account', to: '/akun' })
  return items
}
