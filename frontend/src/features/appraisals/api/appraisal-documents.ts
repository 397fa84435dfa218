import { graphql } from '@/gql'

/** The viewer's released appraisals, by period. */
export const MyAppraisalsQuery = graphql(`
  query MyAppraisals {
    viewer {
      employee {
        id
        plans {
          id
          period {
            id
            name
            year
            scoringMethod
          }
          appraisals {
            id
            kind
            quarter
            status
            predikat
            score
            releasedAt
            objectionDeadline
          }
        }
      }
    }
  }
`)

/** One appraisal as its employee reads it, with the objections filed against it. */
export const AppraisalPageQuery = graphql(`
  query AppraisalPage($id: ID!) {
    viewer {
      employee {
        id
      }
    }
    node(id: $id) {
      __typename
      ... on Appraisal {
        id
        kind
        quarter
        status
        releasedAt
        acknowledgedAt
        finalizedAt
        objectionDeadline
        appraiser {
          id
          name
        }
        appraiserActing
        plan {
          id
          employee {
            id
          }
          period {
            id
            name
            scoringMethod
            objectionWindowDays
          }
        }
        ...AppraisalResult_appraisal
        objections {
          id
          ...ObjectionHistory_objection
        }
      }
    }
  }
`)

export const AcknowledgeAppraisalMutation = graphql(`
  mutation AcknowledgeAppraisal($id: ID!) {
    acknowledgeAppraisal(id: $id) {
      id
      status
      acknowledgedAt
      finalizedAt
    }
  }
`)

export const FileObjectionMutation = graphql(`
  mutation FileObjection($appraisalID: ID!, $reason: String!) {
    fileObjection(appraisalID: $appraisalID, reason: $reason) {
      id
      status
      appraisal {
        id
        status
      }
    }
  }
`)
