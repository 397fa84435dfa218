import type { FieldValues, Path, UseFormReturn } from 'react-hook-form'
import type { CombinedError } from 'urql'

/** The stable error codes of the API (extensions.code). */
export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'INVALID_INPUT' | 'INVALID_STATE' | 'CONFLICT' | 'RATE_LIMITED' | 'INTERNAL'

/** One error the server sent, already in the language of Accept-Language. */
export interface ServerError {
  message: string
  code?: string
  field?: string
}

/** serverErrors lists the GraphQL errors of a failed request; a network failure gives none. */
export function serverErrors(error: CombinedError | undefined): ServerError[] {
  if (!error) return []
  return error.graphQLErrors.map((e) => {
    const ext = (e.extensions ?? {}) as { code?: unknown; field?: unknown }
    return {
      message: e.message,
      code: typeof ext.code === 'string' ? ext.code : undefined,
      field: typeof ext.field === 'string' ? ext.field : undefined,
    }
  })
}

/** What went wrong loading a page: not allowed, not there, or the request itself failed. */
export type LoadFailure = 'unauthenticated' | 'forbidden' | 'not-found' | 'failed'

/** loadFailure classifies the error of a query for the error view. */
export function loadFailure(error: CombinedError | undefined): LoadFailure {
  const status = (error?.response as { status?: number } | undefined)?.status
  const codes = serverErrors(error).map((e) => e.code)
  if (status === 401 || codes.includes('UNAUTHENTICATED')) return 'unauthenticated'
  if (status === 403 || codes.includes('FORBIDDEN')) return 'forbidden'
  if (status === 404 || codes.includes('NOT_FOUND')) return 'not-found'
  return 'failed'
}

/** hasValue tells whether path ("indicators.0.unit") names a value of the form. */
function hasPath(values: unknown, path: string): boolean {
  let node: unknown = values
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object' || !(part in node)) return false
    node = (node as Record<string, unknown>)[part]
  }
  return true
}

export interface ApplyOptions {
  /** Turns the server's field (a GraphQL input path) into the form's field name; default: the same name. */
  fieldName?: (serverField: string) => string | undefined
  /** The message when the request failed without a message of the server (a network failure). */
  fallback: string
}

/**
 * applyServerErrors shows a failed mutation in its form: each error whose
 * extensions.field names a field of the form is set on that field (the first
 * gets the focus), with the server's own, localized message. What remains is
 * returned as one message for the form's alert, or null.
 */
export function applyServerErrors<T extends FieldValues>(
  error: CombinedError,
  form: Pick<UseFormReturn<T>, 'setError' | 'getValues'>,
  { fieldName = (f) => f, fallback }: ApplyOptions,
): string | null {
  const errors = serverErrors(error)
  if (errors.length === 0) return fallback
  const values = form.getValues()
  const rest: string[] = []
  let focused = false
  for (const e of errors) {
    const name = e.field ? fieldName(e.field) : undefined
    if (name && hasPath(values, name)) {
      form.setError(name as Path<T>, { type: 'server', message: e.message }, { shouldFocus: !focused })
      focused = true
    } else {
      rest.push(e.message)
    }
  }
  return rest.length > 0 ? rest.join(' ') : null
}

/** errorMessage is the text to show for a failed action outside a form. */
export function errorMessage(error: CombinedError, fallback: string): string {
  const messages = serverErrors(error).map((e) => e.message)
  return messages.length > 0 ? messages.join(' ') : fallback
}
