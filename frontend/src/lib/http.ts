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

/**
 * ApiError is one error in the single error shape of the whole API: GraphQL
 * and the HTTP routes (sign-in, downloads, every 401/403) answer
 * `{"errors": [{"message", "extensions": {"code", "field"?}}]}`, the message
 * in the request's language.
 */
export interface ApiError {
  /** What went wrong, in the interface's language, safe to show. */
  message: string
  /** UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, INVALID_INPUT, RATE_LIMITED, UNAVAILABLE, INTERNAL… */
  code: string
  /** The input (GraphQL argument or query parameter) the error is about, when there is one. */
  field?: string
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** apiErrorOf returns the first error of a parsed response body in the API's error shape, or null. */
export function apiErrorOf(body: unknown): ApiError | null {
  if (!isRecord(body) || !Array.isArray(body.errors)) return null
  const first: unknown = body.errors[0]
  if (!isRecord(first)) return null
  const extensions = isRecord(first.extensions) ? first.extensions : {}
  const error: ApiError = {
    message: typeof first.message === 'string' ? first.message : '',
    code: typeof extensions.code === 'string' ? extensions.code : '',
  }
  if (typeof extensions.field === 'string' && extensions.field !== '') error.field = extensions.field
  return error
}

/** readApiError reads the error of a failed response; null when its body is not JSON in the API's error shape. */
export async function readApiError(response: Response): Promise<ApiError | null> {
  try {
    return apiErrorOf(await response.json())
  } catch {
    return null
  }
}
