import { describe, expect, it, vi } from 'vitest'
import { createGraphqlClient } from './graphql-client'
import { apiErrorOf, postJson, readApiError } from './http'
import { setLanguage } from './i18n'

/** json answers a request with body as JSON, as the server does. */
function json(body: unknown): Promise<Response> {
  return Promise.resolve(new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } }))
}

describe('the language of requests', () => {
  it('asks for the active language on every request (sign-in, sign-out, GraphQL), and for the new one right after a switch', async () => {
    const fetchMock = vi.fn<typeof fetch>(() => json({ data: { __typename: 'Query' } }))
    vi.stubGlobal('fetch', fetchMock)
    const client = createGraphqlClient({ onUnauthenticated: () => {} })
    async function everyKind(name: string) {
      await postJson('/auth/login', { nip: '198503152010012001', password: 'kinerja2026' })
      await client.query(`query ${name} { __typename }`, {}, { requestPolicy: 'network-only' }).toPromise()
      await postJson('/auth/logout', {})
    }

    await everyKind('InIndonesian')
    await setLanguage('en')
    await everyKind('InEnglish')
    await setLanguage('id')
    await postJson('/auth/login', {})

    const asked = fetchMock.mock.calls.map(
      ([url, init]) => `${url instanceof Request ? url.url : url.toString()} ${new Headers(init?.headers).get('Accept-Language')}`,
    )
    expect(asked).toEqual(['/auth/login id', '/graphql id', '/auth/logout id', '/auth/login en', '/graphql en', '/auth/logout en', '/auth/login id'])
  })

  it('keeps the JSON headers beside the language', async () => {
    const fetchMock = vi.fn<typeof fetch>(() => json({}))
    vi.stubGlobal('fetch', fetchMock)
    await postJson('/auth/logout', {})
    const headers = new Headers(fetchMock.mock.calls[0]?.[1]?.headers)
    expect(headers.get('Content-Type')).toBe('application/json')
    expect(headers.get('Accept')).toBe('application/json')
    expect(headers.get('Accept-Language')).toBe('id')
  })
})

describe('the API error shape', () => {
  it('reads the first error of {errors: [{message, extensions: {code, field}}]}, as every route answers', async () => {
    const body = { errors: [{ message: 'periodID wajib diisi', extensions: { code: 'INVALID_INPUT', field: 'periodID' } }, { message: 'kedua' }] }
    expect(await readApiError(new Response(JSON.stringify(body), { status: 400 }))).toEqual({
      message: 'periodID wajib diisi',
      code: 'INVALID_INPUT',
      field: 'periodID',
    })
    expect(apiErrorOf({ errors: [{ message: 'belum masuk', extensions: { code: 'UNAUTHENTICATED' } }] })).toEqual({
      message: 'belum masuk',
      code: 'UNAUTHENTICATED',
    })
  })

  it('answers null for anything else: the old {error: {…}} shape, plain text, an empty body', async () => {
    expect(apiErrorOf({ error: { code: 'UNAUTHENTICATED', message: 'x' } })).toBeNull()
    expect(apiErrorOf({ errors: [] })).toBeNull()
    expect(apiErrorOf(null)).toBeNull()
    expect(await readApiError(new Response('internal error', { status: 500 }))).toBeNull()
    expect(await readApiError(new Response(null, { status: 502 }))).toBeNull()
  })

  it('keeps a message and a code of the wrong type out', () => {
    expect(apiErrorOf({ errors: [{ message: 3, extensions: { code: 4, field: '' } }] })).toEqual({ message: '', code: '' })
  })
})
