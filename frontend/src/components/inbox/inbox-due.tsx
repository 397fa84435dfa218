import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { InboxItemKind, ObjectionStatus } from '@/gql/graphql'
import { useFormat } from '@/lib/format'

/** The part of an inbox item that says when it is due. */
export interface DueItem {
  kind: InboxItemKind
  deadline?: string | null
  overdue: boolean
  /** Whole days to the deadline in the agency's zone (InboxItem.daysLeft); counted here when absent. */
  daysLeft?: number | null
  objection?: { status: ObjectionStatus } | null
}

/** How an item's deadline reads: the viewer is late, it is near, it is further off, or it is no deadline of theirs. */
export type DueState = 'late' | 'soon' | 'later' | 'ready' | 'none'

/**
 * dueState is where the item stands against its deadline. An objection to
 * decide is due by the end of the appraiser's time to explain: that is the
 * appraiser's deadline, not the decider's, and once the appraiser has
 * explained or that time has passed the objection is ready to decide.
 */
export function dueState(item: DueItem, days: number | null): DueState {
  if (!item.deadline || days === null) return item.kind === 'OBJECTION_TO_DECIDE' ? 'ready' : 'none'
  if (item.kind === 'OBJECTION_TO_DECIDE') return item.objection?.status === 'OPEN' || item.overdue || days < 0 ? 'ready' : days <= 3 ? 'soon' : 'later'
  if (item.overdue || days < 0) return 'late'
  return days <= 3 ? 'soon' : 'later'
}

/** daysLeftText says how far off a day is: hari ini, besok, N hari lagi, or terlambat N hari (plural forms in English). */
export function daysLeftText(t: TFunction, days: number, overdue = days < 0): string {
  if (days < 0) return t('inbox.overdue', { count: -days })
  if (days === 0) return overdue ? t('inbox.passedToday') : t('inbox.today')
  if (days === 1) return t('inbox.tomorrow')
  return t('inbox.daysLeft', { count: days })
}

const stateClass: Record<DueState, string> = {
  late: 'deadline is-overdue',
  soon: 'deadline is-soon',
  later: 'deadline',
  ready: 'deadline is-ready',
  none: 'muted',
}

/** useDue reads an item's deadline: its state and its days, counted as the server does. */
export function useDue(item: DueItem): { state: DueState; days: number | null } {
  const f = useFormat()
  const days = item.deadline ? (item.daysLeft ?? f.daysUntil(item.deadline)) : null
  return { state: dueState(item, days), days }
}

/** InboxDue says when an inbox item is due, in the same words for every kind. */
export function InboxDue({ item }: { item: DueItem }) {
  const { t } = useTranslation()
  const f = useFormat()
  const { state, days } = useDue(item)
  if (state === 'ready') return <span className={stateClass.ready}>{t('inbox.readyToDecide')}</span>
  if (!item.deadline || days === null) return <span className={stateClass.none}>{t('inbox.noDeadline')}</span>
  const label =
    item.kind === 'OBJECTION_TO_DECIDE' ? t('inbox.explanationDue', { date: f.date(item.deadline) }) : t('inbox.deadline', { date: f.date(item.deadline) })
  return (
    <span className={stateClass[state]}>
      <time dateTime={item.deadline}>{label}</time> · {daysLeftText(t, days, item.overdue)}
    </span>
  )
}
