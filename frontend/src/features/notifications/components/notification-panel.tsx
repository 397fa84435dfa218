import { useEffect, useEffectEvent, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useMutation, useQuery } from 'urql'
import { ErrorView } from '@/components/ui/error-view'
import { LoadingState } from '@/components/ui/loading-state'
import { loadFailure } from '@/lib/graphql-errors'
import { useFormat } from '@/lib/format'
import { MarkNotificationsReadMutation, NotificationsQuery } from '../api/notification-documents'
import { notificationHref } from './notification-href'

/** How many notifications the panel shows. */
const shown = 20

interface NotificationPanelProps {
  id: string
  me: string
  onClose: () => void
  /** Called once the unread ones shown were marked read. */
  onRead: () => void
}

/** NotificationPanel lists the newest notifications and marks the unread ones read once shown. */
export function NotificationPanel({ id, me, onClose, onRead }: NotificationPanelProps) {
  const { t } = useTranslation()
  const f = useFormat()
  const heading = useRef<HTMLHeadingElement>(null)
  const [result, reexecute] = useQuery({ query: NotificationsQuery, variables: { first: shown }, requestPolicy: 'network-only' })
  const [, markRead] = useMutation(MarkNotificationsReadMutation)
  const items = (result.data?.notifications.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []))
  // What was unread when the panel opened stays marked "new" while it is open.
  const [fresh, setFresh] = useState<Set<string> | null>(null)
  if (fresh === null && result.data) setFresh(new Set(items.filter((n) => !n.readAt).map((n) => n.id)))

  useEffect(() => heading.current?.focus(), [])

  // Once, when the list has arrived: fresh is set that one time.
  const markShownRead = useEffectEvent((ids: string[]) => void markRead({ ids }).then((r) => !r.error && onRead()))
  useEffect(() => {
    if (fresh && fresh.size > 0) markShownRead([...fresh])
  }, [fresh])

  return (
    <div id={id} className="bell-panel" role="dialog" aria-modal="false" aria-labelledby={`${id}-title`}>
      <div className="bell-panel-head">
        <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
          {t('notifications.title')}
        </h2>
        <button type="button" className="button button-link" onClick={onClose}>
          {t('notifications.close')}
        </button>
      </div>
      {!result.data && result.fetching && <LoadingState />}
      {!result.data && result.error && <ErrorView failure={loadFailure(result.error)} onRetry={() => reexecute()} />}
      {result.data && items.length === 0 && <p className="muted">{t('notifications.empty')}</p>}
      {items.length > 0 && (
        <ul className="bell-list">
          {items.map((n) => (
            <li key={n.id} className={fresh?.has(n.id) ? 'is-new' : undefined}>
              <Link to={notificationHref(n, me)} onClick={onClose}>
                {fresh?.has(n.id) && <span className="new-mark">{t('notifications.new')}: </span>}
                {n.message}
              </Link>
              <time dateTime={n.createdAt} className="muted">
                {f.dateTime(n.createdAt)}
              </time>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
