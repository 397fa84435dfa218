import { graphql } from '@/gql'

/** Everything the home page shows, in one request: the period, the viewer's own SKP and the inbox. */
export const HomeQuery = graphql(`
  query Home {
    viewer {
      employee {
        id
        name
        ...OwnSummary_employee
      }
      currentPeriod {
        id
        ...PeriodSummary_period
      }
      currentPlan {
        id
        ...OwnSummary_plan
      }
    }
    inbox {
      ...InboxList_item
    }
  }
`)
