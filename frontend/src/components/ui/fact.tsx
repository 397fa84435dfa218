import type { ReactNode } from 'react'

interface FactProps {
  label: ReactNode
  /** On the value, where it needs its own look (a NIP). */
  className?: string
  children: ReactNode
}

/** Fact is one term and its value in a list of facts (a <dl>). */
export function Fact({ label, className, children }: FactProps) {
  return (
    <div>
      <dt>{label}</dt>
      <dd className={className}>{children}</dd>
    </div>
  )
}
