import { graphql } from '@/gql'

/** The training catalogue, by name, with the competency each programme develops. */
export const TrainingProgramsQuery = graphql(`
  query TrainingPrograms {
    trainingPrograms(first: 100, orderBy: [{ field: NAME, direction: ASC }]) {
      totalCount
      edges {
        node {
          id
          name
          description
          hours
          provider
          active
          criterion {
            id
            code
            name
            nameEn
          }
        }
      }
    }
  }
`)

/** The competencies a programme may develop (active criteria, in their order). */
export const CriterionOptionsQuery = graphql(`
  query CriterionOptions {
    criteria(first: 100, where: { active: true }, orderBy: [{ field: POSITION, direction: ASC }]) {
      edges {
        node {
          id
          code
          name
          nameEn
        }
      }
    }
  }
`)

export const CreateTrainingProgramMutation = graphql(`
  mutation CreateTrainingProgram($input: CreateTrainingProgramInput!) {
    createTrainingProgram(input: $input) {
      id
      name
      description
      hours
      provider
      active
      criterion {
        id
        code
        name
        nameEn
      }
    }
  }
`)

export const UpdateTrainingProgramMutation = graphql(`
  mutation UpdateTrainingProgram($id: ID!, $input: UpdateTrainingProgramInput!) {
    updateTrainingProgram(id: $id, input: $input) {
      id
      name
      description
      hours
      provider
      active
      criterion {
        id
        code
        name
        nameEn
      }
    }
  }
`)

/** The page size of the recommendation list. */
export const recommendationPageSize = 50

/** Development recommendations per employee, newest first, optionally of one status. */
export const RecommendationsQuery = graphql(`
  query Recommendations($first: Int, $after: Cursor, $where: RecommendationWhereInput) {
    recommendations(first: $first, after: $after, where: $where, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          status
          hours
          note
          plannedOn
          completedAt
          employee {
            id
            nip
            name
          }
          criterion {
            id
            code
            name
            nameEn
          }
          program {
            id
            name
          }
          period {
            id
            name
          }
        }
      }
    }
  }
`)

export const UpdateRecommendationMutation = graphql(`
  mutation UpdateRecommendation($id: ID!, $input: UpdateRecommendationInput!) {
    updateRecommendation(id: $id, input: $input) {
      id
      status
      hours
      plannedOn
      completedAt
    }
  }
`)
