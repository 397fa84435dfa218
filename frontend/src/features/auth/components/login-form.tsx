import { type FormEvent, useEffect, useId, useRef, useState } from 'react'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { compactNip } from '@/lib/format-nip'
import { login, type LoginResult } from '../api/login'

interface LoginFormProps {
  /** Called once the server has accepted the credentials and set the session cookie. */
  onSuccess: () => void
}

type Failure = Extract<LoginResult, { ok: false }> | { ok: false; reason: 'required' }

/** LoginForm asks for NIP and password and posts them to /auth/login. */
export function LoginForm({ onSuccess }: LoginFormProps) {
  const { t } = useTranslation()
  const id = useId()
  const [nip, setNip] = useState('')
  const [password, setPassword] = useState('')
  const [submitting, setSubmitting] = useState(false)
  const [failure, setFailure] = useState<Failure | null>(null)
  const nipRef = useRef<HTMLInputElement>(null)
  const passwordRef = useRef<HTMLInputElement>(null)

  // Move to the field to fix once the form is enabled again.
  useEffect(() => {
    if (failure?.reason === 'invalid') passwordRef.current?.focus()
    else if (failure?.reason === 'required') (nipRef.current?.value.trim() === '' ? nipRef : passwordRef).current?.focus()
  }, [failure])

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (submitting) return
    // A NIP copied in its printed form ("19860926 201505 1 001") is sent as
    // its 18 digits; a service account's name is sent as typed.
    const account = /^[\d\s.-]+$/.test(nip) ? compactNip(nip) : nip.trim()
    if (account === '' || password === '') {
      setFailure({ ok: false, reason: 'required' })
      return
    }
    setSubmitting(true)
    setFailure(null)
    const result = await login({ nip: account, password })
    setSubmitting(false)
    if (result.ok) {
      onSuccess()
      return
    }
    setFailure(result)
    if (result.reason === 'invalid') setPassword('')
  }

  const errorId = `${id}-error`
  const message = failure ? failureMessage(failure, t) : ''

  return (
    <form className="form login-form" onSubmit={handleSubmit} noValidate aria-describedby={errorId}>
      <div className="field">
        <label htmlFor={`${id}-nip`}>{t('login.nip')}</label>
        <input
          ref={nipRef}
          id={`${id}-nip`}
          name="nip"
          type="text"
          inputMode="numeric"
          autoComplete="username"
          autoCapitalize="off"
          spellCheck={false}
          required
          aria-invalid={failure?.reason === 'required' && nip.trim() === '' ? true : undefined}
          value={nip}
          onChange={(e) => setNip(e.target.value)}
          disabled={submitting}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>{t('login.password')}</label>
        <input
          ref={passwordRef}
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={failure?.reason === 'invalid' || (failure?.reason === 'required' && password === '') ? true : undefined}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          disabled={submitting}
        />
      </div>
      <div id={errorId} className="form-error" role="alert">
        {message}
      </div>
      <button type="submit" className="button button-primary" disabled={submitting} aria-busy={submitting || undefined}>
        {submitting ? t('login.submitting') : t('login.submit')}
      </button>
    </form>
  )
}

function failureMessage(failure: Failure, t: TFunction): string {
  switch (failure.reason) {
    case 'required':
      return t('login.errorRequired')
    case 'invalid':
      return t('login.errorInvalid')
    case 'throttled':
      return failure.retryAfterSeconds ? t('login.errorThrottledSeconds', { seconds: failure.retryAfterSeconds }) : t('login.errorThrottled')
    case 'failed':
      if (failure.message) return failure.message
      return t('login.errorGeneric')
  }
}
