import { graphql } from '@/gql'

/** The units for the unit filter, by code. */
export const OrgUnitOptionsQuery = graphql(`
  query OrgUnitOptions($first: Int) {
    orgUnits(first: $first, orderBy: [{ field: CODE, direction: ASC }]) {
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
