import type { TFunction } from 'i18next'
import type { Acting } from '@/gql/graphql'

/**
 * actingName names an appraiser as the plan or appraisal records it: with
 * "Plt." or "Plh." before the name when the appraiser acted as such
 * (appraiserActing), else the name alone. t is of the acting namespace,
 * which the page's route loads.
 */
export function actingName(t: TFunction<'acting'>, name: string, acting: Acting | null | undefined): string {
  return acting ? t('named', { prefix: t(`prefix.${acting}`), name }) : name
}
