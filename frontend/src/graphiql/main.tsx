import { GraphiQL, type GraphiQLProps } from 'graphiql'
import type { ExecutionResult } from 'graphql'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { storedLanguage } from '@/lib/i18n/languages'
import 'graphiql/style.css'
import './graphiql.css'

/**
 * The explorer talks to the same endpoint as the SPA, with the session cookie,
 * and asks for messages in the language chosen in the app (a header set in
 * the explorer's Headers tab wins).
 */
const fetcher: GraphiQLProps['fetcher'] = async (params, options) => {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      Accept: 'application/graphql-response+json, application/json',
      'Content-Type': 'application/json',
      'Accept-Language': storedLanguage(),
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
