import { graphql } from '@/gql'

/** What the home page shows about the signed-in caller. */
export const HomeQuery = graphql(`
  query Home {
    viewer {
      account {
        id
        nip
        name
      }
      roles
      employee {
        id
        name
        ...HomeEmployee_employee
      }
    }
  }
`)
