import { graphql } from '@/gql'

/** The viewer's direct subordinates with their plans and appraisals (the page filters by period). */
export const TeamQuery = graphql(`
  query Team {
    viewer {
      currentPeriod {
        id
        name
        phase
      }
      employee {
        id
        subordinates(first: 100, orderBy: [{ field: NAME, direction: ASC }]) {
          totalCount
          edges {
            node {
              id
              nip
              name
              position
              plans {
                id
                status
                period {
                  id
                }
                appraisals {
                  id
                  kind
                  quarter
                  status
                  predikat
                }
              }
            }
          }
        }
      }
    }
  }
`)

/**
 * A plan as the appraiser reviews it (or the appraiser's superior settles it,
 * or anyone the API lets read it reads it), with progress, appraisals and the
 * feedback thread; and the viewer's inbox, whose tasks on this plan are the
 * actions the server lets the viewer take on it.
 */
export const TeamPlanQuery = graphql(`
  query TeamPlan($id: ID!) {
    viewer {
      employee {
        id
      }
    }
    inbox {
      kind
      plan {
        id
      }
      appraisal {
        id
      }
      objection {
        id
      }
    }
    node(id: $id) {
      __typename
      ... on Plan {
        id
        status
        note
        submittedAt
        agreedAt
        escalationReason
        escalatedAt
        employee {
          id
          name
          nip
          position
        }
        appraiser {
          id
        }
        period {
          id
          name
          phase
          scoringMethod
        }
        targets {
          id
          title
          ...TargetCard_target
          indicators {
            id
            description
            aspect
            unit
            ...RealizedOf_indicator
            realizations {
              id
              quarter
              value
              evidence
            }
          }
        }
        appraisals {
          id
          kind
          quarter
          status
          predikat
          releasedAt
        }
        ...FeedbackThread_plan
      }
    }
  }
`)

export const ApprovePlanMutation = graphql(`
  mutation ApprovePlan($id: ID!, $note: String) {
    approvePlan(id: $id, note: $note) {
      id
      status
      note
      agreedAt
    }
  }
`)

export const ReturnPlanMutation = graphql(`
  mutation ReturnPlan($id: ID!, $note: String!) {
    returnPlan(id: $id, note: $note) {
      id
      status
      note
    }
  }
`)

export const SettlePlanMutation = graphql(`
  mutation SettlePlan($id: ID!, $input: SettlePlanInput!) {
    settlePlan(id: $id, input: $input) {
      id
      status
      note
      agreedAt
      returnCount
    }
  }
`)

export const StartAppraisalMutation = graphql(`
  mutation StartAppraisal($planID: ID!, $kind: AppraisalKind!, $quarter: Int) {
    startAppraisal(planID: $planID, kind: $kind, quarter: $quarter) {
      id
      kind
      quarter
      status
      plan {
        id
      }
    }
  }
`)

/** The appraisal form: the appraisal with its plan and the period's predikat matrix, and the behaviour criteria. */
export const AppraisalFormQuery = graphql(`
  query AppraisalForm($id: ID!) {
    node(id: $id) {
      __typename
      ... on Appraisal {
        id
        ...AppraisalForm_appraisal
      }
    }
    criteria(first: 50, where: { kind: BEHAVIOUR, active: true }, orderBy: [{ field: POSITION, direction: ASC }]) {
      edges {
        node {
          id
          code
          name
          nameEn
          framework
          description
        }
      }
    }
  }
`)

/** What the ratings so far would give, computed by the server without saving. */
export const AppraisalPreviewQuery = graphql(`
  query AppraisalPreview($id: ID!, $input: RateAppraisalInput!) {
    appraisalPreview(id: $id, input: $input) {
      predikat
      score
      skpScore
      behaviourScore
      suggestedResultRating
      suggestedBehaviourRating
      deviates
      curveWarning
    }
  }
`)

export const RateAppraisalMutation = graphql(`
  mutation RateAppraisal($id: ID!, $input: RateAppraisalInput!) {
    rateAppraisal(id: $id, input: $input) {
      id
      ...AppraisalForm_appraisal
    }
  }
`)

export const SubmitAppraisalMutation = graphql(`
  mutation SubmitAppraisal($id: ID!) {
    submitAppraisal(id: $id) {
      id
      ...AppraisalForm_appraisal
    }
  }
`)
