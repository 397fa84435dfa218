import { graphql } from '@/gql'

/** The viewer's own API tokens, newest first (Kinerja lists only one's own). */
export const APITokensQuery = graphql(`
  query APITokens {
    apiTokens(first: 100, orderBy: { field: CREATED_AT, direction: DESC }) {
      totalCount
      edges {
        node {
          id
          name
          prefix
          scopes
          createdAt
          expiresAt
          lastUsedAt
          revokedAt
        }
      }
    }
  }
`)

export const CreateAPITokenMutation = graphql(`
  mutation CreateAPIToken($name: String!, $scopes: [APITokenScope!]!, $expiresAt: Time) {
    createAPIToken(name: $name, scopes: $scopes, expiresAt: $expiresAt) {
      token
      apiToken {
        id
        name
        prefix
        scopes
        createdAt
        expiresAt
        lastUsedAt
        revokedAt
      }
    }
  }
`)

export const RevokeAPITokenMutation = graphql(`
  mutation RevokeAPIToken($id: ID!) {
    revokeAPIToken(id: $id) {
      id
      revokedAt
    }
  }
`)
