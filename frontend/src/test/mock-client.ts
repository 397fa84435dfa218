import { type AnyVariables, CombinedError, type Exchange, getOperationName, makeErrorResult, makeResult, type Operation } from '@urql/core'
import { filter, fromPromise, mergeMap, pipe } from 'wonka'
import { createGraphqlClient, createSignal } from '@/lib/graphql-client'

/** What a mocked operation answers: data, or GraphQL errors as the server shapes them. */
export type MockAnswer = { data: unknown; errors?: undefined } | { data?: unknown; errors: { message: string; extensions?: Record<string, unknown> }[] }

export type MockHandlers = Record<string, (variables: AnyVariables) => MockAnswer | Promise<MockAnswer>>

export interface MockCall {
  name: string
  variables: AnyVariables
}

/** Answers for the app's chrome (the bell), unless a test gives its own. */
const defaults: MockHandlers = {
  UnreadNotifications: () => ({ data: { viewer: { __typename: 'Viewer', unreadNotifications: 0 } } }),
}

/**
 * mockTransport answers operations by name at the exchange level, so the
 * app's real client (cache, error handling) runs above it. An operation
 * without a handler fails the test loudly.
 */
export function mockTransport(handlers: MockHandlers, calls: MockCall[] = []): Exchange {
  return () => (ops$) =>
    pipe(
      ops$,
      filter((op: Operation) => op.kind !== 'teardown'),
      mergeMap((op: Operation) => {
        const name = getOperationName(op.query) ?? '?'
        calls.push({ name, variables: op.variables })
        const handler = handlers[name] ?? defaults[name]
        return fromPromise(
          Promise.resolve()
            .then(() => {
              if (!handler) throw new Error(`no mock for operation ${name}`)
              return handler(op.variables)
            })
            .then((answer) =>
              makeResult(op, {
                data: answer.data ?? null,
                errors: answer.errors,
              }),
            )
            .catch((error: unknown) => makeErrorResult(op, error instanceof Error ? error : new Error(String(error)))),
        )
      }),
    )
}

/** mockClient is the app's GraphQL client over mockTransport. */
export function mockClient(handlers: MockHandlers, calls: MockCall[] = []) {
  const unauthenticated = createSignal()
  const client = createGraphqlClient({ onUnauthenticated: unauthenticated.emit, transport: mockTransport(handlers, calls) })
  return { client, unauthenticated, calls }
}

/** gqlError is one error as the server presents it. */
export function gqlError(message: string, code: string, field?: string) {
  return { message, extensions: field ? { code, field } : { code } }
}

export { CombinedError }
