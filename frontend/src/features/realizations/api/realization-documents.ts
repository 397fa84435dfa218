import { graphql } from '@/gql'

/** The viewer's agreed plan of the current period with every indicator's records. */
export const RealizationPageQuery = graphql(`
  query RealizationPage {
    viewer {
      currentPeriod {
        id
        name
        phase
      }
      currentPlan {
        id
        status
        targets {
          id
          kind
          title
          indicators {
            id
            ...RealizationIndicator_indicator
          }
        }
      }
    }
  }
`)

export const RecordRealizationMutation = graphql(`
  mutation RecordRealization($indicatorID: ID!, $input: RealizationInput!) {
    recordRealization(indicatorID: $indicatorID, input: $input) {
      id
      indicator {
        id
        ...RealizationIndicator_indicator
      }
    }
  }
`)
