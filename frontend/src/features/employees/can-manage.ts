import { useContext } from 'react'
import { SessionContext } from '@/lib/session'

/** useCanManage tells whether the viewer may change the master data (HR admins); auditors only read. */
export function useCanManage(): boolean {
  const session = useContext(SessionContext)
  return session?.status === 'signed-in' && session.viewer.can.manageMasterData
}

/** useCanAppraise tells whether the viewer may open the team's plan pages (/tim/skp/…), which need can.appraise. */
export function useCanAppraise(): boolean {
  const session = useContext(SessionContext)
  return session?.status === 'signed-in' && session.viewer.can.appraise
}
