import { postJson } from '@/lib/http'

export interface Credentials {
  nip: string
  password: string
}

/** The outcome of a sign-in attempt, in the terms the login form shows. */
export type LoginResult =
  { ok: true } | { ok: false; reason: 'invalid' } | { ok: false; reason: 'throttled'; retryAfterSeconds?: number } | { ok: false; reason: 'failed' }

/** login posts the credentials to /auth/login; the server sets an HttpOnly session cookie. */
export async function login(credentials: Credentials): Promise<LoginResult> {
  let response: Response
  try {
    response = await postJson('/auth/login', credentials)
  } catch {
    return { ok: false, reason: 'failed' }
  }
  if (response.ok) return { ok: true }
  switch (response.status) {
    case 400:
    case 401:
      return { ok: false, reason: 'invalid' }
    case 429: {
      const seconds = Number.parseInt(response.headers.get('Retry-After') ?? '', 10)
      return Number.isFinite(seconds) && seconds > 0 ? { ok: false, reason: 'throttled', retryAfterSeconds: seconds } : { ok: false, reason: 'throttled' }
    }
    default:
      return { ok: false, reason: 'failed' }
  }
}
