import { postJson } from '@/lib/http'

/** logout ends the session on the server; a network failure is ignored (the cookie expires anyway). */
export async function logout(): Promise<void> {
  try {
    await postJson('/auth/logout', {})
  } catch {
    // Signed out locally either way.
  }
}
