import { graphql } from '@/gql'

/**
 * The viewer's SKP page: the list of their plans (to browse earlier
 * periods) and one plan in full, either the current period's or the one
 * asked for by id.
 */
export const MyPlanQuery = graphql(`
  query MyPlan($id: ID!, $byId: Boolean!) {
    viewer {
      employee {
        id
        plans {
          id
          status
          period {
            id
            name
            year
          }
        }
      }
      currentPeriod {
        id
        name
        phase
      }
      currentPlan @skip(if: $byId) {
        id
        ...PlanEditor_plan
      }
    }
    node(id: $id) @include(if: $byId) {
      __typename
      ... on Plan {
        id
        employee {
          id
        }
        ...PlanEditor_plan
      }
    }
  }
`)

export const CreatePlanMutation = graphql(`
  mutation CreatePlan($input: CreatePlanInput!) {
    createPlan(input: $input) {
      id
      ...PlanEditor_plan
    }
  }
`)

export const AddTargetMutation = graphql(`
  mutation AddTarget($planID: ID!, $input: TargetInput!) {
    addTarget(planID: $planID, input: $input) {
      id
      plan {
        id
        ...PlanEditor_plan
      }
    }
  }
`)

export const UpdateTargetMutation = graphql(`
  mutation UpdateTarget($id: ID!, $input: UpdateTargetInput!) {
    updateTarget(id: $id, input: $input) {
      id
      plan {
        id
        ...PlanEditor_plan
      }
    }
  }
`)

export const RemoveTargetMutation = graphql(`
  mutation RemoveTarget($id: ID!) {
    removeTarget(id: $id) {
      id
      ...PlanEditor_plan
    }
  }
`)

export const SubmitPlanMutation = graphql(`
  mutation SubmitPlan($id: ID!) {
    submitPlan(id: $id) {
      id
      ...PlanEditor_plan
    }
  }
`)

export const EscalatePlanMutation = graphql(`
  mutation EscalatePlan($id: ID!, $reason: String!) {
    escalatePlan(id: $id, reason: $reason) {
      id
      ...PlanEditor_plan
    }
  }
`)
