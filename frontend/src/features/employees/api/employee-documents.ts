import { graphql } from '@/gql'

/** One employee's page: identity, unit, supervisor, subordinates, plans and appraisals per period, recommendations. */
export const EmployeeDetailQuery = graphql(`
  query EmployeeDetail($id: ID!) {
    node(id: $id) {
      __typename
      ... on Employee {
        id
        nip
        name
        type
        rank
        rankSince
        position
        positionKind
        functionalLevel
        email
        active
        external
        unit {
          id
          code
          name
        }
        supervisor {
          id
          nip
          name
          position
        }
        subordinates(first: 100, orderBy: [{ field: NAME, direction: ASC }]) {
          totalCount
          edges {
            node {
              id
              nip
              name
              position
              active
            }
          }
        }
        plans {
          id
          status
          period {
            id
            name
            year
          }
          appraisals {
            id
            kind
            quarter
            status
            predikat
          }
        }
        recommendations {
          id
          kind
          status
          hours
          note
          completedAt
          program {
            id
            name
          }
          criterion {
            id
            name
          }
          period {
            id
            year
          }
        }
      }
    }
  }
`)

/** An employee as the edit form reads it. */
export const EmployeeForEditQuery = graphql(`
  query EmployeeForEdit($id: ID!) {
    node(id: $id) {
      __typename
      ... on Employee {
        id
        nip
        name
        type
        rank
        rankSince
        position
        positionKind
        functionalLevel
        email
        active
        external
        unit {
          id
        }
        supervisor {
          id
        }
      }
    }
  }
`)

/** The choices of the employee form: every unit, and the employees who may supervise. */
export const EmployeeFormOptionsQuery = graphql(`
  query EmployeeFormOptions {
    orgUnits(first: 100, orderBy: [{ field: CODE, direction: ASC }]) {
      edges {
        node {
          id
          code
          name
        }
      }
    }
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

export const CreateEmployeeMutation = graphql(`
  mutation CreateEmployee($input: CreateEmployeeInput!) {
    createEmployee(input: $input) {
      id
      name
    }
  }
`)

export const UpdateEmployeeMutation = graphql(`
  mutation UpdateEmployee($id: ID!, $input: UpdateEmployeeInput!) {
    updateEmployee(id: $id, input: $input) {
      id
      nip
      name
      type
      rank
      rankSince
      position
      positionKind
      functionalLevel
      email
      active
      external
      unit {
        id
        code
        name
      }
      supervisor {
        id
        name
      }
    }
  }
`)
