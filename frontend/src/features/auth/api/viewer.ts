import { graphql } from '@/gql'

/** The signed-in caller, as the session and the header need it. */
export const SessionViewerQuery = graphql(`
  query SessionViewer {
    viewer {
      account {
        id
        nip
        name
      }
      employee {
        id
        name
      }
      roles
    }
  }
`)
