import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'react-router'
import { useQuery } from 'urql'
import { UnreadNotificationsQuery } from '../api/notification-documents'

// The list comes with its first opening; the bell itself is part of every page.
const NotificationPanel = lazy(async () => ({ default: (await import('./notification-panel')).NotificationPanel }))

/**
 * NotificationBell shows how many notifications are unread and opens the
 * newest ones (which are then marked read). Escape or a click elsewhere
 * closes it and the focus returns to the bell.
 */
export function NotificationBell({ me }: { me: string }) {
  const { t } = useTranslation()
  const id = useId()
  const { pathname } = useLocation()
  const [open, setOpen] = useState(false)
  // Going to another page closes the panel (state adjusted while rendering, not in an effect).
  const [openPath, setOpenPath] = useState(pathname)
  if (openPath !== pathname) {
    setOpenPath(pathname)
    setOpen(false)
  }
  const button = useRef<HTMLButtonElement>(null)
  const wrapper = useRef<HTMLDivElement>(null)
  const [count, refresh] = useQuery({ query: UnreadNotificationsQuery })
  const unread = count.data?.viewer.unreadNotifications ?? 0

  // Each page visited after the first (and each return to the tab) brings the count up to date.
  const firstPath = useRef(pathname)
  useEffect(() => {
    if (pathname === firstPath.current) return
    firstPath.current = ''
    refresh({ requestPolicy: 'network-only' })
  }, [pathname, refresh])
  useEffect(() => {
    const onVisible = () => document.visibilityState === 'visible' && refresh({ requestPolicy: 'network-only' })
    document.addEventListener('visibilitychange', onVisible)
    return () => document.removeEventListener('visibilitychange', onVisible)
  }, [refresh])

  useEffect(() => {
    if (!open) return
    const onPointer = (e: PointerEvent) => {
      if (!wrapper.current?.contains(e.target as Node)) setOpen(false)
    }
    // Escape pressed on the bell or inside the panel closes it and brings the focus back.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !wrapper.current?.contains(e.target as Node)) return
      setOpen(false)
      button.current?.focus()
    }
    document.addEventListener('pointerdown', onPointer)
    document.addEventListener('keydown', onKey)
    return () => {
      document.removeEventListener('pointerdown', onPointer)
      document.removeEventListener('keydown', onKey)
    }
  }, [open])

  function close() {
    setOpen(false)
    button.current?.focus()
  }

  return (
    <div className="bell" ref={wrapper}>
      <button
        ref={button}
        type="button"
        className="button button-quiet bell-button"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        aria-label={unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell')}
        onClick={() => setOpen((o) => !o)}
      >
        <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2">
          <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
          <path d="M13.73 21a2 2 0 0 1-3.46 0" />
        </svg>
        {unread > 0 && (
          <span className="bell-count" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      {open && (
        <Suspense fallback={null}>
          <NotificationPanel id={id} me={me} onClose={close} onRead={() => refresh({ requestPolicy: 'network-only' })} />
        </Suspense>
      )}
    </div>
  )
}
