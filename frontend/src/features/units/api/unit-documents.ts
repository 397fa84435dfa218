import { graphql } from '@/gql'

/** Every unit with its parent and head: the tree is built in the browser (an agency has well under the largest page). */
export const OrgUnitTreeQuery = graphql(`
  query OrgUnitTree {
    orgUnits(first: 100, orderBy: [{ field: CODE, direction: ASC }]) {
      totalCount
      edges {
        node {
          id
          code
          name
          parent {
            id
          }
          head {
            id
            nip
            name
          }
        }
      }
    }
  }
`)

/** The employees who may head a unit (active ones, by name). */
export const UnitHeadOptionsQuery = graphql(`
  query UnitHeadOptions {
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

export const CreateOrgUnitMutation = graphql(`
  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {
    createOrgUnit(input: $input) {
      id
      code
      name
      parent {
        id
      }
      head {
        id
        nip
        name
      }
    }
  }
`)

export const UpdateOrgUnitMutation = graphql(`
  mutation UpdateOrgUnit($id: ID!, $input: UpdateOrgUnitInput!) {
    updateOrgUnit(id: $id, input: $input) {
      id
      code
      name
      parent {
        id
      }
      head {
        id
        nip
        name
      }
    }
  }
`)

/** The periods, newest first, for the unit's ratings. */
export const UnitRatingPeriodsQuery = graphql(`
  query UnitRatingPeriods {
    periods(first: 20, orderBy: [{ field: YEAR, direction: DESC }]) {
      edges {
        node {
          id
          name
          year
        }
      }
    }
  }
`)

/** A unit's own rating for a period, as the distribution check reads it. */
export const UnitRatingQuery = graphql(`
  query UnitRating($periodID: ID!, $unitID: ID!) {
    predikatDistribution(periodID: $periodID, unitID: $unitID) {
      unitRating
      guideline
    }
  }
`)

export const SetUnitRatingMutation = graphql(`
  mutation SetUnitRating($periodID: ID!, $unitID: ID!, $rating: UnitRatingRating!) {
    setUnitRating(periodID: $periodID, unitID: $unitID, rating: $rating) {
      id
      rating
    }
  }
`)
