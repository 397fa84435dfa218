import { postJson, readApiError } from '@/lib/http'

export interface Credentials {
  nip: string
  password: string
}

/**
 * The outcome of a sign-in attempt, in the terms the login form shows. A
 * failure other than wrong credentials or throttling carries the server's
 * message when it sent one (e.g. the demo is still being prepared).
 */
export type LoginResult =
  | { ok: true }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds?: number }
  | { ok: false; reason: 'failed'; message?: string }

/**
 * login posts the credentials to /auth/login; the server sets an HttpOnly
 * session cookie. A refusal is read from the API's error shape
 * (`{errors: [{message, extensions: {code}}]}`): its code decides, the status
 * when the body has none.
 */
export async function login(credentials: Credentials): Promise<LoginResult> {
  let response: Response
  try {
    response = await postJson('/auth/login', credentials)
  } catch {
    return { ok: false, reason: 'failed' }
  }
  if (response.ok) return { ok: true }
  const error = await readApiError(response)
  const code = error?.code ?? ''
  if (code === 'RATE_LIMITED' || (code === '' && response.status === 429)) {
    const seconds = Number.parseInt(response.headers.get('Retry-After') ?? '', 10)
    return Number.isFinite(seconds) && seconds > 0 ? { ok: false, reason: 'throttled', retryAfterSeconds: seconds } : { ok: false, reason: 'throttled' }
  }
  if (code === 'UNAUTHENTICATED' || (code === '' && (response.status === 400 || response.status === 401))) {
    return { ok: false, reason: 'invalid' }
  }
  // INVALID_INPUT is a body the form never sends (it checks both fields);
  // UNAVAILABLE and the rest say what happened in the server's words.
  return error?.message ? { ok: false, reason: 'failed', message: error.message } : { ok: false, reason: 'failed' }
}
