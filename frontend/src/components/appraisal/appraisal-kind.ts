import type { TFunction } from 'i18next'
import type { AppraisalKind } from '@/gql/graphql'

/** appraisalKindLabel names an appraisal by its kind: "Triwulan 2" for a quarter's, "Tahunan" for the year's. */
export function appraisalKindLabel(t: TFunction, appraisal: { kind: AppraisalKind; quarter?: number | null }): string {
  return appraisal.kind === 'QUARTERLY' ? t('appraisal.quarterly', { quarter: appraisal.quarter }) : t('appraisal.annual')
}
