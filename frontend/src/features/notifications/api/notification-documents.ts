import { graphql } from '@/gql'

/** The number on the bell. */
export const UnreadNotificationsQuery = graphql(`
  query UnreadNotifications {
    viewer {
      unreadNotifications
    }
  }
`)

/** The newest notifications, with what each one is about (to link to where it is handled). */
export const NotificationsQuery = graphql(`
  query Notifications($first: Int) {
    notifications(first: $first) {
      totalCount
      edges {
        node {
          id
          kind
          createdAt
          readAt
          message
          plan {
            id
            employee {
              id
            }
          }
          appraisal {
            id
            appraiser {
              id
            }
          }
          objection {
            id
          }
        }
      }
    }
  }
`)

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`)
