/** The dashboards, in the order of their navigation; each is /dasbor/<path>. */
export const dashboardPaths = ['skor', 'distribusi', 'kalibrasi', 'kelengkapan', 'tren', 'pelatihan', 'promosi', 'talenta'] as const
export type DashboardPath = (typeof dashboardPaths)[number]

/** The talent grid shows HR's record of potential: HR admins and auditors only. */
export function mayOpen(path: DashboardPath, roles: readonly string[]): boolean {
  return path !== 'talenta' || roles.includes('HR_ADMIN') || roles.includes('AUDITOR')
}
