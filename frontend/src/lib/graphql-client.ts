import { Client, type CombinedError, cacheExchange, fetchExchange, mapExchange } from 'urql'

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
}

/** createGraphqlClient makes the one GraphQL client of the SPA. */
export function createGraphqlClient({ onUnauthenticated }: GraphqlClientOptions): Client {
  return new Client({
    url: graphqlEndpoint,
    // Always POST JSON: the server's CSRF and CSP rules expect it.
    preferGetMethod: false,
    fetchOptions: { credentials: 'same-origin' },
    exchanges: [
      cacheExchange,
      mapExchange({
        onError(error) {
          if (isUnauthenticated(error)) onUnauthenticated()
        },
      }),
      fetchExchange,
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
