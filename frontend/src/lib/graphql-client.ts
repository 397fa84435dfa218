import { Client, type CombinedError, cacheExchange, type Exchange, fetchExchange, mapExchange } from 'urql'
import { languageHeaders } from './http'

/** The GraphQL endpoint of the Go server (same origin as the SPA). */
export const graphqlEndpoint = '/graphql'

/**
 * isUnauthenticated tells whether a GraphQL error means "no valid session":
 * the server answers such requests with HTTP 401 and the error code
 * UNAUTHENTICATED.
 */
export function isUnauthenticated(error: CombinedError | undefined): boolean {
  if (!error) return false
  const response = error.response as { status?: number } | undefined
  if (response?.status === 401) return true
  return error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')
}

export interface GraphqlClientOptions {
  /** Called whenever a request is refused for want of a session. */
  onUnauthenticated: () => void
  /** Replaces the network (tests answer at the exchange level). */
  transport?: Exchange
}

/** createGraphqlClient makes the one GraphQL client of the SPA. */
export function createGraphqlClient({ onUnauthenticated, transport = fetchExchange }: GraphqlClientOptions): Client {
  return new Client({
    url: graphqlEndpoint,
    // Always POST JSON: the server's CSRF and CSP rules expect it.
    preferGetMethod: false,
    // Others change what a page shows (a supervisor agrees, a superior decides):
    // show what is cached at once, and refresh it from the server each time.
    requestPolicy: 'cache-and-network',
    // Called for each request: the server writes its messages in the language of the interface now.
    fetchOptions: () => ({ credentials: 'same-origin', headers: languageHeaders() }),
    exchanges: [
      cacheExchange,
      mapExchange({
        onError(error) {
          if (isUnauthenticated(error)) onUnauthenticated()
        },
      }),
      transport,
    ],
  })
}

/**
 * A small signal between the GraphQL client (which notices a lost session)
 * and the session state (which shows the login page).
 */
export interface Signal {
  emit: () => void
  subscribe: (listener: () => void) => () => void
}

export function createSignal(): Signal {
  const listeners = new Set<() => void>()
  return {
    emit: () => listeners.forEach((listener) => listener()),
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
