import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router'
import { CombinedError, type UseQueryState } from 'urql'
import { describe, expect, it, vi } from 'vitest'
import { NodeView, QueryView } from './query-view'

function state(over: Partial<UseQueryState<{ node: { id: string } | null }>>): UseQueryState<{ node: { id: string } | null }> {
  return { fetching: false, stale: false, hasNext: false, ...over }
}

const failure = (code: string) => new CombinedError({ graphQLErrors: [{ message: code, extensions: { code } }] })

function show(result: UseQueryState<{ node: { id: string } | null }>, reexecute = vi.fn()) {
  render(
    <MemoryRouter>
      <QueryView result={result} reexecute={reexecute} missing={(d) => !d.node}>
        {(d) => <p>node {d.node?.id}</p>}
      </QueryView>
    </MemoryRouter>,
  )
  return reexecute
}

describe('QueryView', () => {
  it('says it is loading', () => {
    show(state({ fetching: true }))
    expect(screen.getByRole('status')).toHaveTextContent('Memuat…')
  })

  it('tells "not allowed" apart from "not found" and from a failed load', () => {
    show(state({ error: failure('FORBIDDEN') }))
    expect(screen.getByRole('alert')).toHaveTextContent('Anda tidak diizinkan membuka halaman ini.')
    expect(screen.queryByRole('button', { name: 'Coba lagi' })).not.toBeInTheDocument()
  })

  it('says "not found" for NOT_FOUND and for a node that is not there', () => {
    show(state({ error: failure('NOT_FOUND') }))
    expect(screen.getByRole('alert')).toHaveTextContent('Data tidak ditemukan.')
  })

  it('says "not found" when the object of the page is missing', () => {
    show(state({ data: { node: null } }))
    expect(screen.getByRole('alert')).toHaveTextContent('Data tidak ditemukan.')
  })

  it('offers a retry when the load failed', async () => {
    const reexecute = show(state({ error: new CombinedError({ networkError: new Error('offline') }) }))
    expect(screen.getByRole('alert')).toHaveTextContent('Data tidak dapat dimuat.')
    await userEvent.setup().click(screen.getByRole('button', { name: 'Coba lagi' }))
    expect(reexecute).toHaveBeenCalledWith({ requestPolicy: 'network-only' })
  })

  it('shows the data', () => {
    show(state({ data: { node: { id: 'x1' } } }))
    expect(screen.getByText('node x1')).toBeInTheDocument()
  })
})

type NodeData = { node: { __typename: 'Appraisal'; id: string; kind: string } | { __typename: 'Plan'; id: string } | null }

describe('NodeView', () => {
  function showNode(data: NodeData) {
    render(
      <MemoryRouter>
        <NodeView result={{ fetching: false, stale: false, hasNext: false, data }} reexecute={vi.fn()} typename="Appraisal">
          {(node) => <p>appraisal {node.kind}</p>}
        </NodeView>
      </MemoryRouter>,
    )
  }

  it('shows the node of the type the page is about', () => {
    showNode({ node: { __typename: 'Appraisal', id: 'ap1', kind: 'ANNUAL' } })
    expect(screen.getByText('appraisal ANNUAL')).toBeInTheDocument()
  })

  it('says "not found" for a node of another type', () => {
    showNode({ node: { __typename: 'Plan', id: 'pl1' } })
    expect(screen.getByRole('alert')).toHaveTextContent('Data tidak ditemukan.')
  })
})
