import { graphql } from '@/gql'

/** The acting appraisers (Plt./Plh.) named for one employee, latest first. */
export const ActingAppraisersQuery = graphql(`
  query ActingAppraisers($employeeID: ID!) {
    actingAppraisers(first: 100, where: { hasEmployeeWith: [{ id: $employeeID }] }, orderBy: { field: STARTS_ON, direction: DESC }) {
      edges {
        node {
          id
          kind
          startsOn
          endsOn
          letter
          acting {
            id
            nip
            name
            position
          }
        }
      }
    }
  }
`)

/** Who may be named to act: the active employees, by name. */
export const ActingCandidatesQuery = graphql(`
  query ActingCandidates {
    employees(first: 100, orderBy: [{ field: NAME, direction: ASC }], where: { active: true }) {
      edges {
        node {
          id
          nip
          name
          position
        }
      }
    }
  }
`)

/** Names an acting appraiser; CONFLICT when the employee already has one on some of those days. */
export const CreateActingAppraiserMutation = graphql(`
  mutation CreateActingAppraiser($input: CreateActingAppraiserInput!) {
    createActingAppraiser(input: $input) {
      id
      kind
      startsOn
      endsOn
      letter
    }
  }
`)

/** Withdraws an appointment recorded by mistake; what was started under it keeps its appraiser. */
export const DeleteActingAppraiserMutation = graphql(`
  mutation DeleteActingAppraiser($id: ID!) {
    deleteActingAppraiser(id: $id)
  }
`)
