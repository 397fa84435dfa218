import { useTranslation } from 'react-i18next'
import {
  Button as AriaButton,
  Text,
  UNSTABLE_Toast as Toast,
  UNSTABLE_ToastContent as ToastContent,
  UNSTABLE_ToastRegion as ToastRegion,
} from 'react-aria-components'
import { toastQueue } from './toast-queue'

export { notify } from './toast-queue'

/** Toasts is the region (a landmark, reachable with F6) where the messages appear. */
export function Toasts() {
  const { t } = useTranslation()
  return (
    <ToastRegion queue={toastQueue} className="toast-region" aria-label={t('toast.region')}>
      {({ toast }) => (
        <Toast toast={toast} className={`toast toast-${toast.content.tone}`}>
          <ToastContent className="toast-content">
            <Text slot="title">{toast.content.title}</Text>
          </ToastContent>
          <AriaButton slot="close" className="toast-close" aria-label={t('toast.close')}>
            <span aria-hidden="true">×</span>
          </AriaButton>
        </Toast>
      )}
    </ToastRegion>
  )
}
