import { graphql } from '@/gql'

/**
 * The signed-in caller, as the session, the header and the navigation need it,
 * and the agency's time zone, in which every page shows dates and times.
 */
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
    agency {
      timeZone
      zoneAbbreviation
    }
  }
`)
