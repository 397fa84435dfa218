// The session as every part of the app reads it: who is signed in and how to
// sign out. The auth feature provides it (SessionProvider); the other features
// and the app only read it, so it lives in shared code.
import { createContext, useContext } from 'react'
import type { SessionViewerQuery } from '@/gql/graphql'
import type { Zone } from './time-zone'

export type SessionViewer = SessionViewerQuery['viewer']

/** Why the session ended, when it was not the user's own sign-out. */
export type SignOutReason = 'expired' | 'password-changed'

/**
 * The state of the session: being checked, signed in (with the agency's time
 * zone, asked once with the viewer), signed out, or unknown after an error.
 */
export type Session =
  | { status: 'checking' }
  | { status: 'signed-in'; viewer: SessionViewer; zone: Zone }
  | { status: 'signed-out'; reason?: SignOutReason }
  | { status: 'error'; retry: () => void }

export interface SessionActions {
  /** Call after a successful /auth/login: forgets cached data and loads the viewer. */
  signedIn: () => void
  /** Ends the session on the server and shows the login page (with the reason, if any). */
  logout: (reason?: SignOutReason) => Promise<void>
}

export const SessionContext = createContext<(Session & SessionActions) | null>(null)

/** useSession gives the session state and its actions. */
export function useSession(): Session & SessionActions {
  const session = useContext(SessionContext)
  if (!session) throw new Error('useSession outside <SessionProvider>')
  return session
}

/** displayName is the name to greet the viewer by. */
export function displayName(viewer: SessionViewer): string {
  return viewer.employee?.name ?? viewer.account.name
}
