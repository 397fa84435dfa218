import { type ReactNode, useEffect, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'

/** The first page shown keeps the focus where the browser put it; later pages take it. */
let firstPage = true

interface PageProps {
  /** The document title and, unless heading is given, the h1. */
  title: string
  heading?: ReactNode
  /** Beside the heading (wraps below it on a phone). */
  actions?: ReactNode
  lead?: ReactNode
  /** The page one level up, linked above the content. */
  back?: { to: string; label: string }
  className?: string
  children?: ReactNode
}

/**
 * Page frames a routed page: its document title and an h1 that takes the
 * focus after each navigation, so a screen reader announces the new page
 * and the keyboard starts from its top.
 */
export function Page({ title, heading, actions, lead, back, className, children }: PageProps) {
  const { t } = useTranslation()
  const id = useId()
  const ref = useRef<HTMLHeadingElement>(null)
  const { pathname } = useLocation()

  useEffect(() => {
    if (firstPage) {
      firstPage = false
      return
    }
    ref.current?.focus()
  }, [pathname])

  return (
    <section className={['page', className].filter(Boolean).join(' ')} aria-labelledby={id}>
      <title>{`${title} · ${t('app.name')}`}</title>
      <div className="page-header">
        <h1 id={id} ref={ref} tabIndex={-1}>
          {heading ?? title}
        </h1>
        {actions && <div className="page-actions">{actions}</div>}
      </div>
      {lead && <div className="page-lead">{lead}</div>}
      {back && (
        <p className="breadcrumb">
          <Link to={back.to}>← {back.label}</Link>
        </p>
      )}
      {children}
    </section>
  )
}
