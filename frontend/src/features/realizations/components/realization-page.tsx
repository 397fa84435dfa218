import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useQuery } from 'urql'
import { EmptyState } from '@/components/ui/empty-state'
import { Page } from '@/components/ui/page'
import { QueryView } from '@/components/ui/query-view'
import { RealizationPageQuery } from '../api/realization-documents'
import { IndicatorProgress } from './indicator-progress'

/** RealizationPage (Realisasi): progress on every indicator of the agreed SKP, per quarter with evidence. */
export function RealizationPage() {
  const { t } = useTranslation()
  const [result, reexecute] = useQuery({ query: RealizationPageQuery })
  return (
    <Page title={t('realization.title')}>
      <QueryView result={result} reexecute={reexecute}>
        {(data) => {
          const plan = data.viewer.currentPlan
          const period = data.viewer.currentPeriod
          if (!plan) {
            return (
              <EmptyState>
                {t('realization.noPlan')} <Link to="/skp">{t('home.createPlan')}</Link>
              </EmptyState>
            )
          }
          if (plan.status !== 'AGREED') {
            return (
              <EmptyState>
                {t('realization.notAgreed')} <Link to="/skp">{t('home.openPlan')}</Link>
              </EmptyState>
            )
          }
          const running = period?.phase === 'EXECUTION' || period?.phase === 'ASSESSMENT'
          return (
            <>
              <p className="page-lead">
                {period?.name}
                {!running && <> — {t('realization.notRunning')}</>}
              </p>
              {(plan.targets ?? []).map((target, i) => (
                <section key={target.id} className="card target-progress" aria-labelledby={`rt-${target.id}`}>
                  <h2 id={`rt-${target.id}`}>
                    {i + 1}. {target.title} <span className={`kind-badge kind-${target.kind.toLowerCase()}`}>{t(`targetKind.${target.kind}`)}</span>
                  </h2>
                  {(target.indicators ?? []).map((ind) => (
                    <IndicatorProgress key={ind.id} indicator={ind} editable={running} />
                  ))}
                </section>
              ))}
            </>
          )
        }}
      </QueryView>
    </Page>
  )
}
