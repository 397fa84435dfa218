import { createContext, useContext } from 'react'
import type { SessionViewerQuery } from '@/gql/graphql'

export type SessionViewer = SessionViewerQuery['viewer']

/** The state of the session: being checked, signed in, signed out, or unknown after an error. */
export type Session =
  | { status: 'checking' }
  | { status: 'signed-in'; viewer: SessionViewer }
  | { status: 'signed-out' }
  | { status: 'error'; retry: () => void }

export interface SessionActions {
  /** Call after a successful /auth/login: forgets cached data and loads the viewer. */
  signedIn: () => void
  /** Ends the session on the server and shows the login page. */
  logout: () => Promise<void>
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
