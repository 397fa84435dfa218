import { useTranslation } from 'react-i18next'

interface ErrorStateProps {
  message: string
  onRetry?: () => void
}

/** ErrorState shows what failed and, where it makes sense, a way to try again. */
export function ErrorState({ message, onRetry }: ErrorStateProps) {
  const { t } = useTranslation()
  return (
    <div className="error-state" role="alert">
      <p>{message}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('app.retry')}
        </button>
      )}
    </div>
  )
}
