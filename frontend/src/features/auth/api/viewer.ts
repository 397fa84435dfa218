import { graphql } from '@/gql'

/** The signed-in caller, as the session, the header and the navigation need it. */
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
      can {
        manageMasterData
        readAuditTrail
        appraise
        decideObjections
      }
    }
  }
`)
