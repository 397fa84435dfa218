import type { SessionViewer } from '@/lib/session'
import { mayAdminister } from './admin-nav'

/** The i18n key under nav.* of each page of the navigation. */
export type NavKey = 'home' | 'plan' | 'realization' | 'appraisals' | 'team' | 'objections' | 'dashboards' | 'admin' | 'account'

export interface NavItem {
  key: NavKey
  to: string
  end?: boolean
}

/**
 * navItems lists what the viewer can use: every employee has a plan,
 * realisations and appraisals; a supervisor a team; a superior of
 * appraisers the objections; everyone the dashboards of what they may read;
 * HR and auditors the administration.
 */
export function navItems(viewer: SessionViewer): NavItem[] {
  const items: NavItem[] = [{ key: 'home', to: '/', end: true }]
  if (viewer.employee) {
    items.push({ key: 'plan', to: '/skp' }, { key: 'realization', to: '/realisasi' }, { key: 'appraisals', to: '/penilaian' })
  }
  if (viewer.can.appraise) items.push({ key: 'team', to: '/tim' })
  if (viewer.can.decideObjections) items.push({ key: 'objections', to: '/keberatan' })
  items.push({ key: 'dashboards', to: '/dasbor' })
  if (mayAdminister(viewer)) items.push({ key: 'admin', to: '/admin' })
  items.push({ key: 'account', to: '/akun' })
  return items
}
