import { graphql } from '@/gql'

/** Objections waiting for the viewer's decision (from the inbox) and those the viewer decided. */
export const ObjectionsQuery = graphql(`
  query Objections($me: ID!) {
    inbox {
      kind
      deadline
      overdue
      daysLeft
      employee {
        id
        name
      }
      objection {
        id
        status
        createdAt
        appraisal {
          id
          kind
          quarter
          predikat
          appraiser {
            id
            name
          }
          plan {
            id
            period {
              id
              name
            }
          }
        }
      }
    }
    objections(first: 50, where: { hasDecidedByWith: [{ id: $me }] }, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
      edges {
        node {
          id
          status
          decidedAt
          predikatBefore
          predikatAfter
          filedBy {
            id
            name
          }
        }
      }
    }
  }
`)

/**
 * One objection with the appraisal it is against, and the period's matrix for a
 * revision; the viewer, to tell the appraiser (who explains) from the decider.
 */
export const ObjectionPageQuery = graphql(`
  query ObjectionPage($id: ID!) {
    viewer {
      employee {
        id
      }
      can {
        decideObjections
      }
    }
    node(id: $id) {
      __typename
      ... on Objection {
        id
        status
        explanationDue
        decider {
          id
        }
        ...ObjectionHistory_objection
        appraisal {
          id
          releasedAt
          appraiser {
            id
            name
          }
          plan {
            id
            employee {
              id
              name
            }
          }
          ...AppraisalSubject_appraisal
          ...AppraisalResult_appraisal
          ...DecisionForm_appraisal
        }
      }
    }
  }
`)

export const DecideObjectionMutation = graphql(`
  mutation DecideObjection($id: ID!, $input: DecideObjectionInput!) {
    decideObjection(id: $id, input: $input) {
      id
      status
      decisionNote
      decidedAt
      predikatBefore
      predikatAfter
      appraisal {
        id
        status
        predikat
        resultRating
        behaviourRating
        score
      }
    }
  }
`)

/** The appraiser's explanation; the objection then awaits the decision. */
export const ExplainObjectionMutation = graphql(`
  mutation ExplainObjection($id: ID!, $explanation: String!) {
    explainObjection(id: $id, explanation: $explanation) {
      id
      status
      explanation
      explainedAt
    }
  }
`)
