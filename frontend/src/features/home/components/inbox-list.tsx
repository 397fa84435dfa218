import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { appraisalKindLabel } from '@/components/appraisal/appraisal-kind'
import { InboxDue, useDue } from '@/components/inbox/inbox-due'
import { EmptyState } from '@/components/ui/empty-state'
import { type FragmentType, graphql, useFragment } from '@/gql'
import type { InboxItemKind, InboxList_ItemFragment } from '@/gql/graphql'

export const InboxItemFragment = graphql(`
  fragment InboxList_item on InboxItem {
    kind
    deadline
    overdue
    daysLeft
    employee {
      id
      name
    }
    plan {
      id
    }
    appraisal {
      id
      kind
      quarter
    }
    objection {
      id
      status
    }
  }
`)

/** The order of the groups: what others wait for first. */
const kindOrder: InboxItemKind[] = [
  'OBJECTION_TO_DECIDE',
  'OBJECTION_TO_EXPLAIN',
  'PLAN_TO_SETTLE',
  'APPRAISAL_TO_ANSWER',
  'PLAN_TO_AGREE',
  'APPRAISAL_TO_WRITE',
  'PLAN_TO_COMPLETE',
  'OBJECTION_FILED',
]

type Item = InboxList_ItemFragment

/** inboxHref is where the task of an item is done. */
export function inboxHref(item: Item): string {
  switch (item.kind) {
    case 'PLAN_TO_AGREE':
      return item.plan ? `/tim/skp/${item.plan.id}` : '/tim'
    case 'PLAN_TO_COMPLETE':
      return item.plan ? `/skp/${item.plan.id}` : '/skp'
    case 'PLAN_TO_SETTLE':
      return item.plan ? `/tim/skp/${item.plan.id}` : '/tim'
    case 'APPRAISAL_TO_WRITE':
      if (item.appraisal) return `/tim/penilaian/${item.appraisal.id}`
      return item.plan ? `/tim/skp/${item.plan.id}` : '/tim'
    case 'APPRAISAL_TO_ANSWER':
      return item.appraisal ? `/penilaian/${item.appraisal.id}` : '/penilaian'
    case 'OBJECTION_TO_DECIDE':
      return item.objection ? `/keberatan/${item.objection.id}` : '/keberatan'
    case 'OBJECTION_TO_EXPLAIN':
      if (item.objection) return `/keberatan/${item.objection.id}`
      return item.appraisal ? `/tim/penilaian/${item.appraisal.id}` : '/tim'
    case 'OBJECTION_FILED':
      return item.appraisal ? `/tim/penilaian/${item.appraisal.id}` : '/tim'
  }
}

/** InboxRow is one task: what to do, linked to where it is done, and when it is due. */
function InboxRow({ item }: { item: Item }) {
  const { t } = useTranslation()
  const { state } = useDue(item)
  return (
    <li className={state === 'late' ? 'is-overdue' : undefined}>
      <Link to={inboxHref(item)} className="inbox-link">
        {t(`inbox.action.${item.kind}`, { name: item.employee.name })}
        {item.appraisal && <span className="muted"> ({appraisalKindLabel(t, item.appraisal)})</span>}
      </Link>
      <InboxDue item={item} />
    </li>
  )
}

/** InboxList groups the viewer's open tasks by kind, each linking to where it is done. */
export function InboxList(props: { items: FragmentType<typeof InboxItemFragment>[] }) {
  const { t } = useTranslation()
  const items = useFragment(InboxItemFragment, props.items)
  if (items.length === 0) return <EmptyState>{t('inbox.empty')}</EmptyState>
  return (
    <div className="inbox">
      {kindOrder.map((kind) => {
        const group = items.filter((i) => i.kind === kind)
        if (group.length === 0) return null
        return (
          <section key={kind} className="inbox-group" aria-labelledby={`inbox-${kind}`}>
            <h3 id={`inbox-${kind}`}>
              {t(`inbox.kind.${kind}`)} <span className="count">({group.length})</span>
            </h3>
            <ul className="inbox-items">
              {group.map((item, i) => (
                <InboxRow key={`${kind}-${item.plan?.id ?? ''}-${item.appraisal?.id ?? ''}-${item.objection?.id ?? ''}-${i}`} item={item} />
              ))}
            </ul>
          </section>
        )
      })}
    </div>
  )
}
