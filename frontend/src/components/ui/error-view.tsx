import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { LoadFailure } from '@/lib/graphql-errors'

interface ErrorViewProps {
  failure: LoadFailure
  onRetry?: () => void
}

/**
 * ErrorView says why a page shows nothing: not allowed, not there, or the
 * load failed (then with a retry). A lost session never gets here: the app
 * sends the user to the login page first. (Plain elements: it is part of the
 * entry bundle, which carries no React Aria.)
 */
export function ErrorView({ failure, onRetry }: ErrorViewProps) {
  const { t } = useTranslation()
  switch (failure) {
    case 'forbidden':
      return (
        <div className="notice notice-error" role="alert">
          <p className="notice-title">{t('errors.forbidden')}</p>
          <p>{t('errors.forbiddenHint')}</p>
          <Link to="/">{t('app.backHome')}</Link>
        </div>
      )
    case 'not-found':
      return (
        <div className="notice notice-error" role="alert">
          <p className="notice-title">{t('errors.notFound')}</p>
          <p>{t('errors.notFoundHint')}</p>
          <Link to="/">{t('app.backHome')}</Link>
        </div>
      )
    case 'unauthenticated':
      return (
        <div className="notice notice-error" role="alert">
          <p className="notice-title">{t('errors.unauthenticated')}</p>
          <Link to="/login">{t('login.submit')}</Link>
        </div>
      )
    case 'failed':
      return (
        <div className="notice notice-error" role="alert">
          <p className="notice-title">{t('errors.loadFailed')}</p>
          <p>{t('errors.loadFailedHint')}</p>
          {onRetry && (
            <button type="button" className="button button-secondary" onClick={onRetry}>
              {t('app.retry')}
            </button>
          )}
        </div>
      )
  }
}
