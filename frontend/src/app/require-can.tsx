import { Outlet } from 'react-router'
import { ErrorView } from '@/components/ui/error-view'
import { useSession } from '@/lib/session'

/** RequireCan keeps a deep link to a page the viewer may not use from showing an empty page. */
export function RequireCan({ can }: { can: 'appraise' | 'decideObjections' }) {
  const session = useSession()
  if (session.status !== 'signed-in') return null
  if (!session.viewer.can[can]) {
    return (
      <section className="page">
        <ErrorView failure="forbidden" />
      </section>
    )
  }
  return <Outlet />
}
