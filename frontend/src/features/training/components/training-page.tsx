import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useQuery } from 'urql'
import { DataTable } from '@/components/ui/data-table'
import { FormDialog } from '@/components/ui/dialog'
import { EmptyState } from '@/components/ui/empty-state'
import { Page } from '@/components/ui/page'
import { QueryView } from '@/components/ui/query-view'
import type { Option } from '@/components/ui/select'
import { useFormat } from '@/lib/format'
import { useSession } from '@/lib/session'
import { CriterionOptionsQuery, TrainingProgramsQuery } from '../api/training-documents'
import { ProgramForm } from './program-form'
import { RecommendationList } from './recommendation-list'
import '../training.css'

/**
 * TrainingPage (Katalog pelatihan): the training programmes with their
 * competency and JP, and the development recommendations of the employees.
 * HR admins edit both; auditors read them.
 */
export function TrainingPage() {
  const { t, i18n } = useTranslation('tools')
  const f = useFormat()
  const id = useId()
  const session = useSession()
  const canEdit = session.status === 'signed-in' && session.viewer.can.manageMasterData
  const [programs, reexecute] = useQuery({ query: TrainingProgramsQuery })
  const [criteriaResult] = useQuery({ query: CriterionOptionsQuery, pause: !canEdit })
  const en = (i18n.resolvedLanguage ?? i18n.language) === 'en'
  const criteria: Option[] =
    criteriaResult.data?.criteria.edges?.flatMap((e) =>
      e?.node ? [{ id: e.node.id, label: (en && e.node.nameEn) || e.node.name, description: e.node.code }] : [],
    ) ?? []
  const refresh = () => reexecute({ requestPolicy: 'network-only' })

  return (
    <Page title={t('training.title')} lead={t('training.lead')}>
      <section aria-labelledby={`${id}-programs`} className="training-section">
        <div className="section-header">
          <h2 id={`${id}-programs`}>{t('training.programsTitle')}</h2>
          {canEdit && (
            <FormDialog label={t('training.add')} variant="primary" title={t('training.addTitle')}>
              {(close) => (
                <ProgramForm
                  criteria={criteria}
                  onCancel={close}
                  onDone={() => {
                    close()
                    refresh()
                  }}
                />
              )}
            </FormDialog>
          )}
        </div>
        <QueryView result={programs} reexecute={reexecute}>
          {(data) => {
            const rows = data.trainingPrograms.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? []
            if (rows.length === 0) return <EmptyState>{t('training.noPrograms')}</EmptyState>
            return (
              <DataTable
                caption={t('training.programsCaption', { n: f.number(data.trainingPrograms.totalCount) })}
                rows={rows}
                rowKey={(p) => p.id}
                columns={[
                  { key: 'name', header: t('training.name'), rowHeader: true, cell: (p) => p.name },
                  { key: 'criterion', header: t('training.criterion'), cell: (p) => (p.criterion ? (en && p.criterion.nameEn) || p.criterion.name : '') },
                  { key: 'hours', header: t('training.hoursShort'), cell: (p) => f.number(p.hours) },
                  { key: 'provider', header: t('training.provider'), cell: (p) => p.provider ?? '' },
                  { key: 'active', header: t('training.active'), cell: (p) => (p.active ? t('training.yes') : t('training.no')) },
                  ...(canEdit
                    ? [
                        {
                          key: 'edit',
                          header: t('training.actions'),
                          cell: (p: (typeof rows)[number]) => (
                            <FormDialog label={t('training.edit', { name: p.name })} variant="secondary" title={t('training.editTitle', { name: p.name })}>
                              {(close) => (
                                <ProgramForm
                                  program={p}
                                  criteria={criteria}
                                  onCancel={close}
                                  onDone={() => {
                                    close()
                                    refresh()
                                  }}
                                />
                              )}
                            </FormDialog>
                          ),
                        },
                      ]
                    : []),
                ]}
              />
            )
          }}
        </QueryView>
      </section>

      <section aria-labelledby={`${id}-recs`} className="training-section">
        <h2 id={`${id}-recs`}>{t('training.recTitle')}</h2>
        <p className="hint">{t('training.recHint')}</p>
        <RecommendationList canEdit={canEdit} />
      </section>
    </Page>
  )
}
