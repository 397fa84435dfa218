import { describe, expect, it, vi } from 'vitest'
import { createGraphqlClient } from './graphql-client'
import { setLanguage } from './i18n'

/** json answers a request with body as JSON, as the server does. */
function json(body: unknown, status = 200): Promise<Response> {
  return Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }))
}

describe('createGraphqlClient', () => {
  it('asks for messages in the active language (Accept-Language) and posts JSON with the cookie', async () => {
    const fetchMock = vi.fn<typeof fetch>(() => json({ data: { __typename: 'Query' } }))
    vi.stubGlobal('fetch', fetchMock)
    const client = createGraphqlClient({ onUnauthenticated: () => {} })

    await client.query('query A { __typename }', {}, { requestPolicy: 'network-only' }).toPromise()
    await setLanguage('en')
    await client.query('query B { __typename }', {}, { requestPolicy: 'network-only' }).toPromise()

    const headers = fetchMock.mock.calls.map(([, init]) => new Headers(init?.headers))
    expect(headers[0]?.get('Accept-Language')).toBe('id')
    expect(headers[1]?.get('Accept-Language')).toBe('en')
    expect(fetchMock.mock.calls[0]?.[1]?.method).toBe('POST')
    expect(fetchMock.mock.calls[0]?.[1]?.credentials).toBe('same-origin')
  })

  it('reports a lost session', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof fetch>(() => json({ errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }] }, 401)),
    )
    const onUnauthenticated = vi.fn()
    const client = createGraphqlClient({ onUnauthenticated })
    await client.query('query C { __typename }', {}).toPromise()
    expect(onUnauthenticated).toHaveBeenCalled()
  })
})
