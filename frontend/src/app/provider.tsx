import { type ReactNode, useCallback, useState } from 'react'
import { I18nProvider } from 'react-aria-components'
import { I18nextProvider, useTranslation } from 'react-i18next'
import { Provider as GraphqlProvider } from 'urql'
import { SessionProvider } from '@/features/auth/components/session-provider'
import { intlLocale } from '@/lib/format'
import { createGraphqlClient, createSignal } from '@/lib/graphql-client'
import i18n from '@/lib/i18n'

/** AriaLocale gives React Aria's fields (numbers, dates) the locale of the active language. */
function AriaLocale({ children }: { children: ReactNode }) {
  const { i18n: active } = useTranslation()
  return <I18nProvider locale={intlLocale(active.resolvedLanguage ?? active.language)}>{children}</I18nProvider>
}

/** AppProvider holds what every page shares: translations, the GraphQL client and the session. */
export function AppProvider({ children }: { children: ReactNode }) {
  const [unauthenticated] = useState(createSignal)
  const [client, setClient] = useState(() => createGraphqlClient({ onUnauthenticated: unauthenticated.emit }))
  // A new session gets a new client: nothing cached for one account is shown to the next.
  const resetClient = useCallback(() => setClient(createGraphqlClient({ onUnauthenticated: unauthenticated.emit })), [unauthenticated])
  return (
    <I18nextProvider i18n={i18n}>
      <AriaLocale>
        <GraphqlProvider value={client}>
          <SessionProvider unauthenticated={unauthenticated} resetClient={resetClient}>
            {children}
          </SessionProvider>
        </GraphqlProvider>
      </AriaLocale>
    </I18nextProvider>
  )
}
