import { useTranslation } from 'react-i18next'
import { useQuery } from 'urql'
import { Page } from '@/components/ui/page'
import { QueryView } from '@/components/ui/query-view'
import { useSession } from '@/lib/session'
import { HomeQuery } from '../api/get-home'
import { InboxList } from './inbox-list'
import { OwnSummary } from './own-summary'
import { PeriodSummary } from './period-summary'

/** HomePage (Beranda): the inbox of open tasks, the current period and, for staff, their own SKP and predikat. */
export function HomePage() {
  const { t } = useTranslation()
  const session = useSession()
  const [result, reexecute] = useQuery({ query: HomeQuery })
  const name = session.status === 'signed-in' ? (session.viewer.employee?.name ?? session.viewer.account.name) : ''

  return (
    <Page title={t('home.title')} heading={t('home.welcome', { name })}>
      <QueryView result={result} reexecute={reexecute}>
        {(data) => (
          <div className="home-grid">
            <section className="home-inbox" aria-labelledby="inbox-title">
              <h2 id="inbox-title">{t('inbox.title')}</h2>
              <InboxList items={data.inbox} />
            </section>
            <div className="home-side">
              {data.viewer.currentPeriod ? <PeriodSummary period={data.viewer.currentPeriod} /> : <p className="empty-state">{t('home.noPeriod')}</p>}
              {data.viewer.employee && <OwnSummary employee={data.viewer.employee} plan={data.viewer.currentPlan} />}
            </div>
          </div>
        )}
      </QueryView>
    </Page>
  )
}
