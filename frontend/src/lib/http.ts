/** postJson sends a same-origin JSON POST, as the server's /auth routes expect. */
export function postJson(url: string, body: unknown, init?: { signal?: AbortSignal }): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
    signal: init?.signal,
  })
}
