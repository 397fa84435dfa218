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

/** One objection with the appraisal it is against, and the period's matrix for a revision. */
export const ObjectionPageQuery = graphql(`
  query ObjectionPage($id: ID!) {
    node(id: $id) {
      __typename
      ... on Objection {
        id
        reason
        status
        createdAt
        decisionNote
        decidedAt
        predikatBefore
        predikatAfter
        filedBy {
          id
          name
          nip
        }
        decidedBy {
          id
          name
        }
        appraisal {
          id
          kind
          quarter
          status
          resultRating
          behaviourRating
          predikat
          score
          skpScore
          behaviourScore
          note
          releasedAt
          appraiser {
            id
            name
          }
          scores {
            id
            rating
            value
            note
            target {
              id
              title
            }
            criterion {
              id
              code
              name
              nameEn
              kind
            }
          }
          plan {
            id
            employee {
              id
              name
              nip
              position
            }
            period {
              id
              name
              scoringMethod
              predikatMatrix {
                result
                behaviour
                predikat
              }
            }
          }
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
