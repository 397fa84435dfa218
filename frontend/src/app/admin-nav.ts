import type { SessionViewer } from '@/lib/session'

/** The i18n key under admin.nav.* of each section of the administration. */
export type AdminSection = 'employees' | 'units' | 'periods' | 'training' | 'import' | 'export' | 'tokens' | 'audit'

export interface AdminNavItem {
  key: AdminSection
  to: string
}

/**
 * adminSections lists the sections of the administration the viewer may
 * open: HR admins all of them, auditors every register read-only and the
 * audit trail, but not the import (it only writes).
 */
export function adminSections(viewer: SessionViewer): AdminNavItem[] {
  const items: AdminNavItem[] = [
    { key: 'employees', to: '/admin/pegawai' },
    { key: 'units', to: '/admin/unit' },
    { key: 'periods', to: '/admin/periode' },
    { key: 'training', to: '/admin/pelatihan' },
  ]
  if (viewer.can.manageMasterData) items.push({ key: 'import', to: '/admin/impor' })
  items.push({ key: 'export', to: '/admin/ekspor' }, { key: 'tokens', to: '/admin/token' })
  if (viewer.can.readAuditTrail) items.push({ key: 'audit', to: '/admin/audit' })
  return items
}

/** mayAdminister tells whether the viewer may open the administration at all. */
export function mayAdminister(viewer: SessionViewer): boolean {
  return viewer.can.manageMasterData || viewer.can.readAuditTrail
}
