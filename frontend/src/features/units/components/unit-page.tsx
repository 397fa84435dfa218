import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { useMutation, useQuery } from 'urql'
import { Button } from '@/components/ui/button'
import { FormDialog } from '@/components/ui/dialog'
import { EmptyState } from '@/components/ui/empty-state'
import { ErrorView } from '@/components/ui/error-view'
import { Fact } from '@/components/ui/fact'
import { Page } from '@/components/ui/page'
import { QueryView } from '@/components/ui/query-view'
import { notify } from '@/components/ui/toast'
import type { UnitRatingRating } from '@/gql/graphql'
import { errorMessage } from '@/lib/graphql-errors'
import { OrgUnitTreeQuery, SetUnitRatingMutation, UnitRatingPeriodsQuery, UnitRatingQuery } from '../api/unit-documents'
import { useCanManage } from '../can-manage'
import { UnitForm } from './unit-form'
import { treeUnits } from './units-page'
import '../units.css'

export const unitRatings: UnitRatingRating[] = ['ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG']

/** UnitPage (Unit kerja): one unit, its place in the tree, its head, and its own rating per period. */
export function UnitPage() {
  const { t } = useTranslation('admin')
  const { unitId = '' } = useParams()
  const canManage = useCanManage()
  const [result, reexecute] = useQuery({ query: OrgUnitTreeQuery })
  const units = result.data ? treeUnits(result.data) : []
  const unit = units.find((u) => u.id === unitId)
  const parent = unit?.parentID ? units.find((u) => u.id === unit.parentID) : undefined
  const children = units.filter((u) => u.parentID === unitId)
  return (
    <Page
      title={unit ? unit.name : t('unit.title')}
      className="unit-page"
      back={{ to: '/admin/unit', label: t('unit.backToTree') }}
      actions={
        canManage &&
        unit && (
          <FormDialog label={t('unit.edit')} title={t('unit.editTitle')}>
            {(close) => (
              <UnitForm
                unit={unit}
                units={units}
                onCancel={close}
                onDone={() => {
                  close()
                  reexecute({ requestPolicy: 'network-only' })
                }}
              />
            )}
          </FormDialog>
        )
      }
    >
      <QueryView result={result} reexecute={reexecute} missing={() => !unit}>
        {() =>
          unit && (
            <>
              <section className="card" aria-labelledby="unit-facts">
                <h2 id="unit-facts">{t('unit.facts')}</h2>
                <dl className="facts">
                  <Fact label={t('unit.code')}>{unit.code}</Fact>
                  <Fact label={t('unit.parent')}>{parent ? <Link to={`/admin/unit/${parent.id}`}>{parent.name}</Link> : t('unit.topLevel')}</Fact>
                  <Fact label={t('unit.head')}>{unit.head ? <Link to={`/admin/pegawai/${unit.head.id}`}>{unit.head.name}</Link> : t('unit.noHead')}</Fact>
                  <Fact label={t('unit.children')}>
                    {children.length === 0
                      ? t('unit.noChildren')
                      : children.map((c, i) => (
                          <span key={c.id}>
                            {i > 0 && ', '}
                            <Link to={`/admin/unit/${c.id}`}>{c.name}</Link>
                          </span>
                        ))}
                  </Fact>
                </dl>
                <p>
                  <Link to={`/admin/pegawai?unit=${unit.id}`}>{t('unit.employeesLink')}</Link>
                </p>
              </section>
              <UnitRatings unitID={unit.id} canManage={canManage} />
            </>
          )
        }
      </QueryView>
    </Page>
  )
}

function UnitRatings({ unitID, canManage }: { unitID: string; canManage: boolean }) {
  const { t } = useTranslation('admin')
  const [periods, reexecute] = useQuery({ query: UnitRatingPeriodsQuery })
  return (
    <section className="card" aria-labelledby="unit-ratings">
      <h2 id="unit-ratings">{t('unitRating.title')}</h2>
      <p className="hint">{t('unitRating.hint')}</p>
      <QueryView result={periods} reexecute={reexecute}>
        {(data) => {
          const list = data.periods.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? []
          if (list.length === 0) return <EmptyState>{t('period.empty')}</EmptyState>
          return (
            <div className="unit-ratings">
              {list.map((p) => (
                <UnitRatingRow key={p.id} periodID={p.id} periodName={p.name} unitID={unitID} canManage={canManage} />
              ))}
            </div>
          )
        }}
      </QueryView>
    </section>
  )
}

interface UnitRatingRowProps {
  periodID: string
  periodName: string
  unitID: string
  canManage: boolean
}

/** UnitRatingRow is the unit's rating for one period: shown, and for HR admins chosen and saved. */
export function UnitRatingRow({ periodID, periodName, unitID, canManage }: UnitRatingRowProps) {
  const { t } = useTranslation('admin')
  const { t: tc } = useTranslation()
  const [result, reexecute] = useQuery({ query: UnitRatingQuery, variables: { periodID, unitID } })
  const [{ fetching }, setRating] = useMutation(SetUnitRatingMutation)
  const current: UnitRatingRating | '' = unitRatings.find((r) => r === result.data?.predikatDistribution.unitRating) ?? ''
  const [choice, setChoice] = useState<string | null>(null)
  const value = choice ?? current
  const selectId = `rating-${periodID}-${unitID}`
  if (result.error) return <ErrorView failure="failed" onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
  return (
    <div className="unit-rating-row">
      <div className="field">
        {canManage ? (
          <>
            <label htmlFor={selectId}>{t('unitRating.of', { period: periodName })}</label>
            <select id={selectId} value={value} onChange={(e) => setChoice(e.target.value)} disabled={!result.data}>
              <option value="">{t('unitRating.none')}</option>
              {unitRatings.map((r) => (
                <option key={r} value={r}>
                  {t(`unitRating.${r}`)}
                </option>
              ))}
            </select>
          </>
        ) : (
          <p>
            <strong>{t('unitRating.of', { period: periodName })}:</strong> {current ? t(`unitRating.${current}`) : t('unitRating.none')}
          </p>
        )}
        {result.data?.predikatDistribution.guideline && <small className="hint">{result.data.predikatDistribution.guideline}</small>}
      </div>
      {canManage && (
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
              notify(t('unitRating.saved', { period: periodName }))
              reexecute({ requestPolicy: 'network-only' })
            }}
          >
            {t('unitRating.save')}
          </Button>
        </div>
      )}
    </div>
  )
}
