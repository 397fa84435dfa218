import { useTranslation } from 'react-i18next'
import { useMutation, useQuery } from 'urql'
import { DataTable } from '@/components/ui/data-table'
import { ConfirmButton, FormDialog } from '@/components/ui/dialog'
import { EmptyState } from '@/components/ui/empty-state'
import { Page } from '@/components/ui/page'
import { QueryView } from '@/components/ui/query-view'
import { notify } from '@/components/ui/toast'
import type { ApiTokensQuery as APITokensData } from '@/gql/graphql'
import { useFormat } from '@/lib/format'
import { errorMessage } from '@/lib/graphql-errors'
import { useSession } from '@/lib/session'
import { APITokensQuery, RevokeAPITokenMutation } from '../api/token-documents'
import { TokenForm } from './token-form'
import '../tokens.css'

type Token = NonNullable<NonNullable<NonNullable<APITokensData['apiTokens']['edges']>[number]>['node']>

/** tokenState: revoked, expired or active (now). */
function tokenState(token: Token, now = Date.now()): 'revoked' | 'expired' | 'active' {
  if (token.revokedAt) return 'revoked'
  if (token.expiresAt && new Date(token.expiresAt).getTime() <= now) return 'expired'
  return 'active'
}

const stateTone = { active: 'success', expired: 'neutral', revoked: 'danger' } as const

/**
 * TokensPage (Token API): the viewer's own API tokens for reporting tools,
 * with when each was last used; create one (its secret shown once) or
 * revoke one (it stops working at once).
 */
export function TokensPage() {
  const { t } = useTranslation('tools')
  const session = useSession()
  const [result, reexecute] = useQuery({ query: APITokensQuery, requestPolicy: 'cache-and-network' })
  if (session.status !== 'signed-in') return null
  const roles = session.viewer.roles
  const readOnly = roles.includes('AUDITOR') && !roles.includes('HR_ADMIN')
  return (
    <Page
      title={t('tokens.title')}
      lead={t('tokens.lead')}
      actions={
        <FormDialog label={t('tokens.new')} variant="primary" title={t('tokens.newTitle')}>
          {(close) => (
            <TokenForm
              readOnly={readOnly}
              onCancel={close}
              onDone={() => {
                close()
                reexecute({ requestPolicy: 'network-only' })
              }}
            />
          )}
        </FormDialog>
      }
    >
      <QueryView result={result} reexecute={reexecute}>
        {(data) => <TokenList tokens={data.apiTokens.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? []} />}
      </QueryView>
    </Page>
  )
}

function TokenList({ tokens }: { tokens: Token[] }) {
  const { t } = useTranslation('tools')
  const f = useFormat()
  if (tokens.length === 0) return <EmptyState>{t('tokens.empty')}</EmptyState>
  return (
    <DataTable
      caption={t('tokens.caption')}
      rows={tokens}
      rowKey={(tk) => tk.id}
      columns={[
        { key: 'name', header: t('tokens.name'), rowHeader: true, cell: (tk) => tk.name },
        { key: 'prefix', header: t('tokens.prefix'), cell: (tk) => <code>{tk.prefix}…</code> },
        { key: 'scopes', header: t('tokens.scope'), cell: (tk) => tk.scopes.map((s) => t(`tokens.scope${s}`)).join(', ') },
        { key: 'created', header: t('tokens.createdAt'), cell: (tk) => f.dateTime(tk.createdAt) },
        { key: 'expires', header: t('tokens.expiresAt'), cell: (tk) => (tk.expiresAt ? f.dateTime(tk.expiresAt) : t('tokens.never')) },
        { key: 'used', header: t('tokens.lastUsed'), cell: (tk) => (tk.lastUsedAt ? f.dateTime(tk.lastUsedAt) : t('tokens.neverUsed')) },
        {
          key: 'state',
          header: t('tokens.state'),
          cell: (tk) => {
            const state = tokenState(tk)
            return (
              <span className={`status-badge tone-${stateTone[state]}`}>
                {t(`tokens.state_${state}`)}
                {state === 'revoked' && tk.revokedAt ? ` · ${f.dateTime(tk.revokedAt)}` : ''}
              </span>
            )
          },
        },
        { key: 'actions', header: t('tokens.actions'), cell: (tk) => (tokenState(tk) === 'active' ? <RevokeButton token={tk} /> : null) },
      ]}
    />
  )
}

function RevokeButton({ token }: { token: Token }) {
  const { t } = useTranslation('tools')
  const { t: tc } = useTranslation()
  const [, revoke] = useMutation(RevokeAPITokenMutation)
  return (
    <ConfirmButton
      label={t('tokens.revoke')}
      variant="danger"
      title={t('tokens.revokeTitle', { name: token.name })}
      description={t('tokens.revokeHint')}
      confirmLabel={t('tokens.revokeConfirm')}
      onConfirm={async () => {
        const r = await revoke({ id: token.id })
        if (r.error) {
          notify(errorMessage(r.error, tc('errors.actionFailed')), 'error')
          return false
        }
        notify(t('tokens.revoked', { name: token.name }))
      }}
    />
  )
}
