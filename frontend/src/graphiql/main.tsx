import { GraphiQL, type GraphiQLProps } from 'graphiql'
import type { ExecutionResult } from 'graphql'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import 'graphiql/style.css'
import './graphiql.css'

/** The explorer talks to the same endpoint as the SPA, with the session cookie. */
const fetcher: GraphiQLProps['fetcher'] = async (params, options) => {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      Accept: 'application/graphql-response+json, application/json',
      'Content-Type': 'application/json',
      ...options?.headers,
    },
    body: JSON.stringify(params),
  })
  return (await response.json()) as ExecutionResult
}

const defaultQuery = `# Uses your Kinerja session: sign in to the app first.
query Viewer {
  viewer {
    account { nip name }
    roles
    can { manageMasterData readAuditTrail }
  }
}
`

const root = document.getElementById('graphiql')
if (!root) throw new Error('no #graphiql element in graphiql.html')

createRoot(root).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} />
  </StrictMode>,
)
