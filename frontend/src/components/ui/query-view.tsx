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

/** A query about one node: Query.node, which may be of any type. */
interface NodeData {
  node?: { __typename: string } | null
}

/** The node of data when it is of the type typename. */
type NodeOf<D extends NodeData, T> = Extract<NonNullable<D['node']>, { __typename: T }>

interface NodeViewProps<D extends NodeData, V extends AnyVariables, T extends NonNullable<D['node']>['__typename']> {
  result: UseQueryState<D, V>
  reexecute: UseQueryExecute
  /** The type of node the page is about; another type, or none, is "not found". */
  typename: T
  children: (node: NodeOf<D, T>, data: D) => ReactNode
}

/** NodeView is QueryView for a page about one node (an appraisal, a plan): the node, narrowed to its type. */
export function NodeView<D extends NodeData, V extends AnyVariables, T extends NonNullable<D['node']>['__typename']>({
  result,
  reexecute,
  typename,
  children,
}: NodeViewProps<D, V, T>) {
  const nodeOf = (data: D) => {
    const node = data.node
    return node && isOf(node, typename) ? node : null
  }
  return (
    <QueryView result={result} reexecute={reexecute} missing={(d) => !nodeOf(d)}>
      {(data) => {
        const node = nodeOf(data)
        return node && children(node, data)
      }}
    </QueryView>
  )
}

function isOf<N extends { __typename: string }, T extends N['__typename']>(node: N, typename: T): node is Extract<N, { __typename: T }> {
  return node.__typename === typename
}
