import type { ReactNode } from 'react'
import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components'

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'quiet' | 'link'

export interface ButtonProps extends Omit<AriaButtonProps, 'className' | 'children'> {
  variant?: ButtonVariant
  className?: string
  children: ReactNode
}

/**
 * Button is the one button of the app (React Aria: press events for mouse,
 * touch and keyboard). While isPending it stays focusable but ignores presses
 * and says so (aria-disabled), so a mutation never runs twice.
 */
export function Button({ variant = 'secondary', className, children, isPending, ...props }: ButtonProps) {
  return (
    <AriaButton {...props} isPending={isPending} className={['button', `button-${variant}`, className].filter(Boolean).join(' ')}>
      {isPending && <span className="spinner spinner-small" aria-hidden="true" />}
      {children}
    </AriaButton>
  )
}
