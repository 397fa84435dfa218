/** What a notification is about, as NotificationsQuery reads it. */
export interface NotificationSubject {
  plan?: { id: string; employee: { id: string } } | null
  appraisal?: { id: string; appraiser?: { id: string } | null } | null
  objection?: { id: string } | null
}

/**
 * notificationHref is where the viewer (employee me) handles a
 * notification: their own SKP or appraisal, a subordinate's in the team
 * pages, or the objection itself, which the appraiser explains and the
 * appraiser's superior decides.
 */
export function notificationHref(n: NotificationSubject, me: string): string {
  const own = n.plan?.employee.id === me
  if (n.objection && n.appraisal) {
    if (own) return `/penilaian/${n.appraisal.id}`
    return `/keberatan/${n.objection.id}`
  }
  if (n.appraisal) return own ? `/penilaian/${n.appraisal.id}` : `/tim/penilaian/${n.appraisal.id}`
  if (n.plan) return own ? `/skp/${n.plan.id}` : `/tim/skp/${n.plan.id}`
  return '/'
}
