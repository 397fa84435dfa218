import { zodResolver } from '@hookform/resolvers/zod'
import { useMemo, useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { useMutation } from 'urql'
import { FormAlert } from '@/components/form/form-alert'
import { TextFieldControl } from '@/components/form/text-field'
import { Button } from '@/components/ui/button'
import { Fact } from '@/components/ui/fact'
import { Page } from '@/components/ui/page'
import { useSession } from '@/lib/session'
import { formatNip } from '@/lib/format-nip'
import { applyServerErrors } from '@/lib/graphql-errors'
import { ChangePasswordMutation } from '../api/change-password'
import { passwordSchema, type PasswordValues } from './password-schema'

/** AccountPage (Akun): who is signed in, and a new password (every session then ends: sign in again). */
export function AccountPage() {
  const { t } = useTranslation()
  const session = useSession()
  const schema = useMemo(() => passwordSchema(t), [t])
  const form = useForm<PasswordValues>({
    resolver: zodResolver(schema),
    defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
  })
  const [, change] = useMutation(ChangePasswordMutation)
  const [formError, setFormError] = useState<string | null>(null)
  const viewer = session.status === 'signed-in' ? session.viewer : null

  return (
    <Page title={t('account.title')}>
      {viewer && (
        <div className="card">
          <dl className="facts">
            <Fact label={t('account.name')}>{viewer.employee?.name ?? viewer.account.name}</Fact>
            <Fact label={t('login.nip')} className="nip">
              {formatNip(viewer.account.nip)}
            </Fact>
            {viewer.roles.length > 0 && <Fact label={t('home.roles')}>{viewer.roles.map((r) => t(`role.${r}`)).join(', ')}</Fact>}
          </dl>
        </div>
      )}
      <section className="card narrow" aria-labelledby="password-title">
        <h2 id="password-title">{t('account.changePassword')}</h2>
        <p className="hint">{t('account.changeHint')}</p>
        <form
          className="form"
          noValidate
          onSubmit={form.handleSubmit(async (v) => {
            setFormError(null)
            const r = await change({ currentPassword: v.currentPassword, newPassword: v.newPassword })
            if (r.error) {
              setFormError(
                applyServerErrors(r.error, form, {
                  fallback: t('errors.actionFailed'),
                  fieldName: (f) => (f === 'password' ? 'currentPassword' : f),
                }),
              )
              return
            }
            await session.logout('password-changed')
          })}
        >
          {/* A hidden user name lets password managers file the new password under the right account. */}
          <input type="text" name="username" autoComplete="username" value={viewer?.account.nip ?? ''} readOnly hidden />
          <TextFieldControl
            control={form.control}
            name="currentPassword"
            label={t('account.current')}
            type="password"
            autoComplete="current-password"
            isRequired
          />
          <TextFieldControl
            control={form.control}
            name="newPassword"
            label={t('account.new')}
            type="password"
            autoComplete="new-password"
            isRequired
            description={t('account.newHint', { min: 8 })}
          />
          <TextFieldControl control={form.control} name="confirmPassword" label={t('account.confirm')} type="password" autoComplete="new-password" isRequired />
          <FormAlert message={formError} />
          <div className="form-actions">
            <Button type="submit" variant="primary" isPending={form.formState.isSubmitting}>
              {t('account.submit')}
            </Button>
          </div>
        </form>
      </section>
    </Page>
  )
}
