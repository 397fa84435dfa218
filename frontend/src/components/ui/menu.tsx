import type { ReactNode } from 'react'
import { Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components'
import { Button, type ButtonVariant } from './button'

export interface MenuAction {
  id: string
  label: string
  /** A link (opened by the browser, in a new tab when target is _blank) … */
  href?: string
  target?: '_blank'
  /** … or an action. */
  onAction?: () => void
}

interface MenuButtonProps {
  label: ReactNode
  items: MenuAction[]
  variant?: ButtonVariant
}

/** MenuButton opens a menu of links or actions: arrow keys move, Enter chooses, Escape closes. */
export function MenuButton({ label, items, variant = 'secondary' }: MenuButtonProps) {
  return (
    <MenuTrigger>
      <Button variant={variant}>
        {label} <span aria-hidden="true">▾</span>
      </Button>
      <Popover className="popover" placement="bottom start">
        <Menu className="menu" onAction={(key) => items.find((i) => i.id === key)?.onAction?.()}>
          {items.map((item) => (
            <MenuItem key={item.id} id={item.id} href={item.href} target={item.target} className="menu-item">
              {item.label}
            </MenuItem>
          ))}
        </Menu>
      </Popover>
    </MenuTrigger>
  )
}
