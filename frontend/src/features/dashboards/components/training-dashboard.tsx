import { useTranslation } from 'react-i18next'
import { useQuery } from 'urql'
import { QueryView } from '@/components/ui/query-view'
import type { DashboardTrainingQuery } from '@/gql/graphql'
import { TrainingQuery } from '../api/dashboard-documents'
import { ChartFrame, type FrameColumn } from './chart-frame'
import { Bars, barsHeight } from './charts'
import { useDashboard } from './dashboard-context'

type Need = DashboardTrainingQuery['trainingNeeds'][number]
type Hours = DashboardTrainingQuery['developmentHours'][number]

/** TrainingDashboard: development needs per criterion with the catalogue's programmes, and the JP completed per employee, flagged below the PNS minimum or above the PPPK cap. */
export function TrainingDashboard() {
  const { t, i18n } = useTranslation('dashboards')
  const { period, unitId } = useDashboard()
  const [result, reexecute] = useQuery({ query: TrainingQuery, variables: { periodID: period.id, unitID: unitId } })
  const criterion = (n: Need) => (i18n.resolvedLanguage === 'en' && n.criterion.nameEn ? n.criterion.nameEn : n.criterion.name)
  const needColumns: FrameColumn<Need>[] = [
    { key: 'criterion', header: t('training.criterion'), rowHeader: true, value: criterion },
    { key: 'employees', header: t('training.employees'), value: (n) => n.employees },
    {
      key: 'programs',
      header: t('training.programs'),
      value: (n) => n.programs.map((p) => t('training.program', { name: p.name, hours: p.hours })).join('; '),
    },
  ]
  const hourColumns: FrameColumn<Hours>[] = [
    { key: 'employee', header: t('training.employee'), rowHeader: true, value: (h) => h.employee.name },
    { key: 'type', header: t('training.type'), value: (h) => h.employee.type },
    { key: 'hours', header: t('training.hours'), value: (h) => h.hours },
    { key: 'flag', header: t('training.flag'), value: (h) => t(`training.flags.${h.flag ?? 'none'}`) },
  ]
  return (
    <QueryView result={result} reexecute={reexecute}>
      {(data) => {
        const needs = data.trainingNeeds
        const hours = data.developmentHours
        const below = hours.filter((h) => h.flag === 'BELOW_MINIMUM').length
        const above = hours.filter((h) => h.flag === 'ABOVE_CAP').length
        return (
          <>
            <ChartFrame
              title={t('training.needsTitle', { period: period.name })}
              rows={needs}
              columns={needColumns}
              rowKey={(n) => n.criterion.id}
              csvName={`kebutuhan-pelatihan-${period.year}`}
              empty={t('training.noNeeds')}
              height={barsHeight(needs.length, 1)}
              busy={result.fetching}
              chart={(label) => (
                <Bars
                  label={label}
                  data={needs.map((n) => ({ ...n, name: criterion(n) }))}
                  category="name"
                  series={[{ key: 'employees', name: t('training.employees') }]}
                  valueLabel={t('training.employees')}
                  categoryLabel={t('training.criterion')}
                />
              )}
            />
            <ChartFrame
              title={t('training.hoursTitle', { year: period.year })}
              lead={<p>{t('training.hoursLead', { below, above, total: hours.length })}</p>}
              rows={hours}
              columns={hourColumns}
              rowKey={(h) => h.employee.id}
              csvName={`jam-pengembangan-${period.year}`}
              empty={t('training.noHours')}
              height={barsHeight(hours.length, 1)}
              busy={result.fetching}
              chart={(label) => (
                <Bars
                  label={label}
                  data={hours.map((h) => ({ ...h, name: h.employee.name }))}
                  category="name"
                  series={[{ key: 'hours', name: t('training.hours') }]}
                  valueLabel={t('training.hours')}
                  categoryLabel={t('training.employee')}
                  reference={20}
                />
              )}
            />
          </>
        )
      }}
    </QueryView>
  )
}
