import { useTranslation } from 'react-i18next'

/** LoadingState tells, politely, that something is on its way. */
export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation()
  return (
    <p className="loading-state" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('app.loading')}
    </p>
  )
}
