import { useTranslation } from 'react-i18next'
import { type FragmentType, graphql, useFragment } from '@/gql'
import { useFormat } from '@/lib/format'

export const RealizedOfFragment = graphql(`
  fragment RealizedOf_indicator on Indicator {
    id
    targetValue
    unit
    yearTotal
  }
`)

/** RealizedOf says how far an indicator has come this year against its target ("11 of 12 reports"). */
export function RealizedOf(props: { indicator: FragmentType<typeof RealizedOfFragment> }) {
  const { t } = useTranslation()
  const f = useFormat()
  const ind = useFragment(RealizedOfFragment, props.indicator)
  return (
    <>
      {t('appraisal.realizedOf', {
        value: ind.yearTotal == null ? '—' : f.number(ind.yearTotal),
        target: f.number(ind.targetValue),
        unit: ind.unit,
      })}
    </>
  )
}
