import type { Predikat, Rating } from '@/gql/graphql'

/** One cell of a period's predikat matrix, as the API returns it (Period.predikatMatrix). */
export interface MatrixCell {
  result: Rating
  behaviour: Rating
  predikat: Predikat
}

/**
 * lookupPredikat reads the predikat of a result and a behaviour rating from
 * the period's matrix. The matrix is data the server sends (an agency may
 * change it), so nothing of the rule is repeated here.
 */
export function lookupPredikat(matrix: readonly MatrixCell[], result: Rating | null | undefined, behaviour: Rating | null | undefined): Predikat | null {
  if (!result || !behaviour) return null
  return matrix.find((c) => c.result === result && c.behaviour === behaviour)?.predikat ?? null
}
