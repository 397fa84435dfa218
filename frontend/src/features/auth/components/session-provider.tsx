import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react'
import { useClient } from 'urql'
import type { SessionViewerQuery as SessionViewerData } from '@/gql/graphql'
import { isUnauthenticated, type Signal } from '@/lib/graphql-client'
import { logout as logoutRequest } from '../api/logout'
import { type Session, SessionContext, type SignOutReason } from '@/lib/session'
import { defaultZone, type Zone } from '@/lib/time-zone'
import { SessionViewerQuery } from '../api/viewer'

/** zoneOf reads the agency's zone from the session's answer; the default zone when it names none. */
function zoneOf(agency: SessionViewerData['agency'] | undefined): Zone {
  return agency?.timeZone ? { timeZone: agency.timeZone, abbreviation: agency.zoneAbbreviation } : defaultZone
}

interface SessionProviderProps {
  /** Fires when any GraphQL request is refused for want of a session. */
  unauthenticated: Signal
  /** Replaces the GraphQL client, so no data of one session outlives it. */
  resetClient: () => void
  children: ReactNode
}

/**
 * SessionProvider finds out who is signed in by asking for the viewer, and
 * treats any UNAUTHENTICATED answer (here or from another query) as signed out.
 */
export function SessionProvider({ unauthenticated, resetClient, children }: SessionProviderProps) {
  const client = useClient()
  const [session, setSession] = useState<Session>({ status: 'checking' })
  const [attempt, setAttempt] = useState(0)
  const wantViewer = session.status === 'checking'

  const retry = useCallback(() => {
    setSession({ status: 'checking' })
    setAttempt((n) => n + 1)
  }, [])

  useEffect(() => {
    if (!wantViewer) return
    let current = true
    void client
      .query(SessionViewerQuery, {}, { requestPolicy: 'network-only' })
      .toPromise()
      .then((result) => {
        if (!current) return
        if (result.data) setSession({ status: 'signed-in', viewer: result.data.viewer, zone: zoneOf(result.data.agency) })
        else if (isUnauthenticated(result.error)) setSession({ status: 'signed-out' })
        else setSession({ status: 'error', retry })
      })
    return () => {
      current = false
    }
  }, [client, wantViewer, attempt, retry])

  // A session lost while signed in has expired (or was ended elsewhere): say so on the login page.
  useEffect(
    () =>
      unauthenticated.subscribe(() =>
        setSession((s) => {
          if (s.status === 'signed-in') return { status: 'signed-out', reason: 'expired' }
          return s.status === 'signed-out' ? s : { status: 'signed-out' }
        }),
      ),
    [unauthenticated],
  )

  const signedIn = useCallback(() => {
    setSession({ status: 'checking' })
    resetClient()
  }, [resetClient])

  const logout = useCallback(
    async (reason?: SignOutReason) => {
      await logoutRequest()
      setSession(reason ? { status: 'signed-out', reason } : { status: 'signed-out' })
      resetClient()
    },
    [resetClient],
  )

  const value = useMemo(() => ({ ...session, signedIn, logout }), [session, signedIn, logout])
  return <SessionContext value={value}>{children}</SessionContext>
}
