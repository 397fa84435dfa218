import type { ReactNode } from 'react'
import type { AnyVariables, UseQueryExecute, UseQueryState } from 'urql'
import { loadFailure } from '@/lib/graphql-errors'
import { ErrorView } from './error-view'
import { LoadingState } from './loading-state'

interface QueryViewProps<D, V extends AnyVariables> {
  result: UseQueryState<D, V>
  reexecute: UseQueryExecute
  /** True when the data lacks the object the page is about (a node that is null). */
  missing?: (data: D) => boolean
  children: (data: D) => ReactNode
}

/** QueryView shows a page's query: loading, the failure (with retry), not found, or the data. */
export function QueryView<D, V extends AnyVariables>({ result, reexecute, missing, children }: QueryViewProps<D, V>) {
  const { data, error, fetching } = result
  if (data && !missing?.(data)) return <>{children(data)}</>
  const retry = () => reexecute({ requestPolicy: 'network-only' })
  if (error) return <ErrorView failure={loadFailure(error)} onRetry={retry} />
  if (data && !fetching) return <ErrorView failure="not-found" />
  return <LoadingState />
}
