import { UNSTABLE_ToastQueue as ToastQueue } from 'react-aria-components'

export interface ToastContentValue {
  title: string
  tone: 'success' | 'error'
}

/** The app's one toast queue; the region that shows it is loaded with the first page. */
export const toastQueue = new ToastQueue<ToastContentValue>({ maxVisibleToasts: 3 })

/** notify shows a short message after a successful step. */
export function notify(title: string, tone: ToastContentValue['tone'] = 'success') {
  toastQueue.add({ title, tone }, { timeout: tone === 'success' ? 6000 : 10000 })
}
