/**
 * focusHeadingIfLost moves the focus to the page's heading when the element
 * that had it is gone (a dialog's trigger that an action removed), so a
 * keyboard user never lands on <body>.
 */
export function focusHeadingIfLost() {
  requestAnimationFrame(() => {
    const active = document.activeElement
    if (active && active !== document.body && document.contains(active)) return
    document.querySelector<HTMLElement>('main h1')?.focus()
  })
}
