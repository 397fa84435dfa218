import { activeLanguage } from './i18n'

/**
 * languageHeaders asks the server to write its messages in the language of
 * the interface, as it is when the request is sent. Every request of the app
 * carries them: GraphQL, sign-in and sign-out.
 */
export function languageHeaders(): { 'Accept-Language': string } {
  return { 'Accept-Language': activeLanguage() }
}

/** postJson sends a same-origin JSON POST, as the server's /auth routes expect, in the interface's language. */
export function postJson(url: string, body: unknown, init?: { signal?: AbortSignal }): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...languageHeaders() },
    body: JSON.stringify(body),
    signal: init?.signal,
  })
}
