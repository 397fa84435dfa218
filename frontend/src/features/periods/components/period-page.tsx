import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { useMutation, useQuery } from 'urql'
import { Button } from '@/components/ui/button'
import { ConfirmButton, FormDialog } from '@/components/ui/dialog'
import { ErrorView } from '@/components/ui/error-view'
import { Fact } from '@/components/ui/fact'
import { Page } from '@/components/ui/page'
import { NodeView, QueryView } from '@/components/ui/query-view'
import { notify } from '@/components/ui/toast'
import type { PeriodDetailQuery as DetailData, PeriodPhase, UnitRatingRating } from '@/gql/graphql'
import { useFormat } from '@/lib/format'
import { errorMessage } from '@/lib/graphql-errors'
import {
  PeriodDetailQuery,
  PeriodUnitRatingQuery,
  PeriodUnitsQuery,
  SetPeriodUnitRatingMutation,
  SetPredikatMatrixMutation,
  UpdatePeriodMutation,
} from '../api/period-documents'
import { useCanManage } from '../can-manage'
import { MatrixGrid } from './matrix-grid'
import { PeriodForm } from './period-form'
import '../periods.css'

type Period = Extract<NonNullable<DetailData['node']>, { __typename: 'Period' }>

export const phases: PeriodPhase[] = ['PLANNING', 'EXECUTION', 'ASSESSMENT', 'CLOSED']
const unitRatings: UnitRatingRating[] = ['ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG']

/** PeriodPage (Periode): a period's settings, its phase, its predikat matrix and the units' ratings. */
export function PeriodPage() {
  const { t } = useTranslation('admin')
  const { periodId = '' } = useParams()
  const [result, reexecute] = useQuery({ query: PeriodDetailQuery, variables: { id: periodId } })
  const name = result.data?.node?.__typename === 'Period' ? result.data.node.name : t('period.title')
  return (
    <Page title={name} className="period-page" back={{ to: '/admin/periode', label: t('period.backToList') }}>
      <NodeView result={result} reexecute={reexecute} typename="Period">
        {(period) => <PeriodDetails period={period} refresh={() => reexecute({ requestPolicy: 'network-only' })} />}
      </NodeView>
    </Page>
  )
}

function PeriodDetails({ period, refresh }: { period: Period; refresh: () => void }) {
  const { t } = useTranslation('admin')
  const { t: tc } = useTranslation()
  const format = useFormat()
  const canManage = useCanManage()
  const [, updatePeriod] = useMutation(UpdatePeriodMutation)
  const [, setMatrix] = useMutation(SetPredikatMatrixMutation)
  const index = phases.indexOf(period.phase)
  const next = phases[index + 1]

  return (
    <>
      <section className="card" aria-labelledby="period-settings">
        <div className="card-header">
          <h2 id="period-settings">{t('period.settings')}</h2>
          {canManage && (
            <FormDialog label={t('period.edit')} title={t('period.editTitle')}>
              {(close) => (
                <PeriodForm
                  period={period}
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
        <dl className="facts">
          <Fact label={t('period.year')}>{period.year}</Fact>
          <Fact label={t('period.dates')}>{`${format.day(period.startsOn)} – ${format.day(period.endsOn)}`}</Fact>
          <Fact label={t('period.scoringMethod')}>{tc(`method.${period.scoringMethod}`)}</Fact>
          <Fact label={t('period.planDeadline')}>{format.date(period.planDeadline) || t('period.noDeadline')}</Fact>
          <Fact label={t('period.appraisalDeadline')}>{format.date(period.appraisalDeadline) || t('period.noDeadline')}</Fact>
          <Fact label={t('period.objectionWindow')}>{t('period.days', { count: period.objectionWindowDays })}</Fact>
          <Fact label={t('period.numericThreshold')}>{format.number(period.numericThreshold)}</Fact>
        </dl>
      </section>

      <section className="card" aria-labelledby="period-phase">
        <h2 id="period-phase">{t('phase.title')}</h2>
        <ol className="phase-steps">
          {phases.map((p, i) => (
            <li key={p} aria-current={p === period.phase ? 'step' : undefined} className={i < index ? 'done' : p === period.phase ? 'current' : undefined}>
              {tc(`phase.${p}`)}
            </li>
          ))}
        </ol>
        <p>{t(`phase.means.${period.phase}`)}</p>
        {canManage && next && (
          <ConfirmButton
            label={t('phase.moveTo', { phase: tc(`phase.${next}`) })}
            variant={next === 'CLOSED' ? 'danger' : 'primary'}
            title={t('phase.confirmTitle', { phase: tc(`phase.${next}`) })}
            description={
              <>
                <p>{t(`phase.means.${next}`)}</p>
                <p>{t(`phase.consequence.${next}`)}</p>
              </>
            }
            confirmLabel={t('phase.confirm', { phase: tc(`phase.${next}`) })}
            onConfirm={async () => {
              const r = await updatePeriod({ id: period.id, input: { phase: next } })
              if (r.error) {
                notify(errorMessage(r.error, tc('errors.actionFailed')), 'error')
                return false
              }
              notify(t('phase.moved', { phase: tc(`phase.${next}`) }))
              refresh()
            }}
          />
        )}
      </section>

      <section className="card" aria-labelledby="period-matrix">
        <h2 id="period-matrix">{t('matrix.title')}</h2>
        <p className="hint">{period.scoringMethod === 'PERMENPAN_2022' ? t('matrix.hint') : t('matrix.numericHint')}</p>
        <MatrixGrid
          cells={period.predikatMatrix}
          onSave={
            canManage
              ? async (cells) => {
                  const r = await setMatrix({ periodID: period.id, cells })
                  if (r.error) {
                    notify(errorMessage(r.error, tc('errors.actionFailed')), 'error')
                    return false
                  }
                  notify(t('matrix.saved'))
                  return true
                }
              : undefined
          }
        />
      </section>

      <PeriodUnitRatings periodID={period.id} canManage={canManage} />
    </>
  )
}

function PeriodUnitRatings({ periodID, canManage }: { periodID: string; canManage: boolean }) {
  const { t } = useTranslation('admin')
  const [units, reexecute] = useQuery({ query: PeriodUnitsQuery })
  const [unitID, setUnitID] = useState('')
  return (
    <section className="card" aria-labelledby="period-unit-ratings">
      <h2 id="period-unit-ratings">{t('unitRating.title')}</h2>
      <p className="hint">{t('unitRating.hint')}</p>
      <QueryView result={units} reexecute={reexecute}>
        {(data) => {
          const list = data.orgUnits.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? []
          return (
            <div className="unit-rating-row">
              <div className="field">
                <label htmlFor={`unit-${periodID}`}>{t('unitRating.unit')}</label>
                <select id={`unit-${periodID}`} value={unitID} onChange={(e) => setUnitID(e.target.value)}>
                  <option value="">{t('unitRating.chooseUnit')}</option>
                  {list.map((u) => (
                    <option key={u.id} value={u.id}>
                      {u.code} — {u.name}
                    </option>
                  ))}
                </select>
              </div>
              {unitID && <RatingEditor key={unitID} periodID={periodID} unitID={unitID} canManage={canManage} />}
            </div>
          )
        }}
      </QueryView>
    </section>
  )
}

function RatingEditor({ periodID, unitID, canManage }: { periodID: string; unitID: string; canManage: boolean }) {
  const { t } = useTranslation('admin')
  const { t: tc } = useTranslation()
  const [result, reexecute] = useQuery({ query: PeriodUnitRatingQuery, variables: { periodID, unitID } })
  const [{ fetching }, setRating] = useMutation(SetPeriodUnitRatingMutation)
  const current: UnitRatingRating | '' = unitRatings.find((r) => r === result.data?.predikatDistribution.unitRating) ?? ''
  const [choice, setChoice] = useState<string | null>(null)
  const value = choice ?? current
  if (result.error) return <ErrorView failure="failed" onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
  if (!canManage) {
    return (
      <p>
        <strong>{t('unitRating.rating')}:</strong> {current ? t(`unitRating.${current}`) : t('unitRating.none')}
      </p>
    )
  }
  return (
    <>
      <div className="field">
        <label htmlFor={`rating-${periodID}`}>{t('unitRating.rating')}</label>
        <select id={`rating-${periodID}`} value={value} onChange={(e) => setChoice(e.target.value)} disabled={!result.data}>
          <option value="">{t('unitRating.none')}</option>
          {unitRatings.map((r) => (
            <option key={r} value={r}>
              {t(`unitRating.${r}`)}
            </option>
          ))}
        </select>
        {result.data?.predikatDistribution.guideline && <small className="hint">{result.data.predikatDistribution.guideline}</small>}
      </div>
      <div>
        <Button
          isDisabled={!value || value === current}
          isPending={fetching}
          onPress={async () => {
            const rating = unitRatings.find((r) => r === value)
            if (!rating) return
            const r = await setRating({ periodID, unitID, rating })
            if (r.error) {
              notify(errorMessage(r.error, tc('errors.actionFailed')), 'error')
              return
            }
            setChoice(null)
            notify(t('unitRating.savedShort'))
            reexecute({ requestPolicy: 'network-only' })
          }}
        >
          {t('unitRating.save')}
        </Button>
      </div>
    </>
  )
}
