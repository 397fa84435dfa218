import { graphql } from '@/gql'

export const PeriodsQuery = graphql(`
  query Periods {
    periods(first: 50, orderBy: [{ field: YEAR, direction: DESC }]) {
      totalCount
      edges {
        node {
          id
          name
          year
          phase
          scoringMethod
          startsOn
          endsOn
          planDeadline
          appraisalDeadline
        }
      }
    }
  }
`)

export const PeriodDetailQuery = graphql(`
  query PeriodDetail($id: ID!) {
    node(id: $id) {
      __typename
      ... on Period {
        id
        name
        year
        phase
        scoringMethod
        startsOn
        endsOn
        planDeadline
        appraisalDeadline
        objectionWindowDays
        numericThreshold
        predikatMatrix {
          result
          behaviour
          predikat
        }
      }
    }
  }
`)

/** The units that may be rated for a period. */
export const PeriodUnitsQuery = graphql(`
  query PeriodUnits {
    orgUnits(first: 100, orderBy: [{ field: CODE, direction: ASC }]) {
      edges {
        node {
          id
          code
          name
        }
      }
    }
  }
`)

/** A unit's own rating for the period. */
export const PeriodUnitRatingQuery = graphql(`
  query PeriodUnitRating($periodID: ID!, $unitID: ID!) {
    predikatDistribution(periodID: $periodID, unitID: $unitID) {
      unitRating
      guideline
    }
  }
`)

export const SetPeriodUnitRatingMutation = graphql(`
  mutation SetPeriodUnitRating($periodID: ID!, $unitID: ID!, $rating: UnitRatingRating!) {
    setUnitRating(periodID: $periodID, unitID: $unitID, rating: $rating) {
      id
      rating
    }
  }
`)

export const CreatePeriodMutation = graphql(`
  mutation CreatePeriod($input: CreatePeriodInput!) {
    createPeriod(input: $input) {
      id
      name
    }
  }
`)

export const UpdatePeriodMutation = graphql(`
  mutation UpdatePeriod($id: ID!, $input: UpdatePeriodInput!) {
    updatePeriod(id: $id, input: $input) {
      id
      name
      year
      phase
      scoringMethod
      startsOn
      endsOn
      planDeadline
      appraisalDeadline
      objectionWindowDays
      numericThreshold
    }
  }
`)

export const SetPredikatMatrixMutation = graphql(`
  mutation SetPredikatMatrix($periodID: ID!, $cells: [PredikatCellInput!]!) {
    setPredikatMatrix(periodID: $periodID, cells: $cells) {
      id
      predikatMatrix {
        result
        behaviour
        predikat
      }
    }
  }
`)
