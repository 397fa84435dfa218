import { zodResolver } from '@hookform/resolvers/zod'
import { useMemo, useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { useMutation } from 'urql'
import { z } from 'zod/mini'
import { DialogFormActions } from '@/components/form/dialog-form'
import { FormAlert } from '@/components/form/form-alert'
import { SelectControl } from '@/components/form/select-field'
import { TextFieldControl } from '@/components/form/text-field'
import { Button } from '@/components/ui/button'
import { DateField } from '@/components/ui/date-field'
import type { ApiTokenScope } from '@/gql/graphql'
import { applyServerErrors } from '@/lib/graphql-errors'
import { CreateAPITokenMutation } from '../api/token-documents'

/** The longest token name the server keeps. */
const maxName = 100

function tokenSchema(required: string, tooLong: string) {
  return z.object({
    name: z.string().check(z.trim(), z.minLength(1, required), z.maxLength(maxName, tooLong)),
    scope: z.enum(['READ', 'WRITE']),
    expiresOn: z.nullable(z.string()),
  })
}

type TokenValues = z.infer<ReturnType<typeof tokenSchema>>

/** scopesOf: a WRITE token also reads. */
export function scopesOf(scope: TokenValues['scope']): ApiTokenScope[] {
  return scope === 'WRITE' ? ['READ', 'WRITE'] : ['READ']
}

/** expiryOf: a token given an expiry date works until the end of that day in the browser's time zone. */
export function expiryOf(date: string | null): string | null {
  return date ? new Date(`${date}T23:59:59`).toISOString() : null
}

interface TokenFormProps {
  /** The viewer may only read (an auditor): no WRITE tokens. */
  readOnly: boolean
  onCancel: () => void
  /** After the secret was shown and the user is done with it. */
  onDone: () => void
}

/**
 * TokenForm creates an API token (name, scope, expiry) and then shows its
 * secret this once, with a copy button and the warning that it will not be
 * shown again. Closing forgets the secret.
 */
export function TokenForm({ readOnly, onCancel, onDone }: TokenFormProps) {
  const { t } = useTranslation('tools')
  const { t: tc } = useTranslation()
  const schema = useMemo(() => tokenSchema(t('tokens.nameRequired'), t('tokens.nameTooLong', { max: maxName })), [t])
  const form = useForm<TokenValues>({ resolver: zodResolver(schema), defaultValues: { name: '', scope: 'READ', expiresOn: null } })
  const [, create] = useMutation(CreateAPITokenMutation)
  const [formError, setFormError] = useState<string | null>(null)
  const [secret, setSecret] = useState<string | null>(null)

  if (secret) return <TokenSecret secret={secret} onDone={onDone} />

  return (
    <form
      className="form"
      noValidate
      onSubmit={form.handleSubmit(async (v) => {
        setFormError(null)
        const r = await create({ name: v.name.trim(), scopes: scopesOf(v.scope), expiresAt: expiryOf(v.expiresOn) })
        if (r.error || !r.data) {
          setFormError(
            r.error
              ? applyServerErrors(r.error, form, {
                  fallback: tc('errors.actionFailed'),
                  fieldName: (f) => (f === 'scopes' ? 'scope' : f === 'expiresAt' ? 'expiresOn' : f),
                })
              : tc('errors.actionFailed'),
          )
          return
        }
        setSecret(r.data.createAPIToken.token)
      })}
    >
      <TextFieldControl control={form.control} name="name" label={t('tokens.name')} description={t('tokens.nameHint')} isRequired />
      <SelectControl
        control={form.control}
        name="scope"
        label={t('tokens.scope')}
        isRequired
        description={readOnly ? t('tokens.readOnlyHint') : t('tokens.scopeHint')}
        options={[{ id: 'READ', label: t('tokens.scopeREAD') }, ...(readOnly ? [] : [{ id: 'WRITE', label: t('tokens.scopeWRITE') }])]}
      />
      <Controller
        control={form.control}
        name="expiresOn"
        render={({ field, fieldState }) => (
          <DateField
            label={t('tokens.expiresOn')}
            value={field.value}
            onChange={field.onChange}
            description={t('tokens.expiresHint')}
            errorMessage={fieldState.error?.message}
          />
        )}
      />
      <FormAlert message={formError} />
      <DialogFormActions submitLabel={t('tokens.create')} isSubmitting={form.formState.isSubmitting} onCancel={onCancel} />
    </form>
  )
}

/** TokenSecret shows a new token's secret once, to copy. */
function TokenSecret({ secret, onDone }: { secret: string; onDone: () => void }) {
  const { t } = useTranslation('tools')
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null)
  async function copy() {
    try {
      await navigator.clipboard.writeText(secret)
      setCopied('yes')
    } catch {
      setCopied('failed')
    }
  }
  return (
    <div className="token-secret">
      <div className="notice notice-warning" role="alert">
        <p className="notice-title">{t('tokens.onceTitle')}</p>
        <p>{t('tokens.onceHint')}</p>
      </div>
      <div className="field">
        <label htmlFor="token-secret-value">{t('tokens.secret')}</label>
        <input id="token-secret-value" className="token-secret-value" readOnly value={secret} onFocus={(e) => e.target.select()} />
      </div>
      <p className="hint" role="status">
        {copied === 'yes' ? t('tokens.copied') : copied === 'failed' ? t('tokens.copyFailed') : ''}
      </p>
      <div className="dialog-actions">
        <Button variant="secondary" onPress={() => void copy()}>
          {t('tokens.copy')}
        </Button>
        <Button variant="primary" onPress={onDone}>
          {t('tokens.done')}
        </Button>
      </div>
    </div>
  )
}
