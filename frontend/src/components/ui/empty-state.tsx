import type { ReactNode } from 'react'

/** EmptyState says that a list has nothing yet, and what to do about it. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <div className="empty-state">{children}</div>
}
