import { type FragmentType, graphql, useFragment } from '@/gql'
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

/** How an appraisal's predikat is found: its period's scoring method and matrix. */
export const PredikatRuleFragment = graphql(`
  fragment PredikatRule_appraisal on Appraisal {
    plan {
      id
      period {
        id
        scoringMethod
        predikatMatrix {
          result
          behaviour
          predikat
        }
      }
    }
  }
`)

export interface PredikatRule {
  /** NUMERIC_2011: the predikat follows from the score, which only the server computes. */
  numeric: boolean
  /** The predikat of two ratings in the period's matrix (PERMENPAN_2022). */
  lookup: (result: Rating | null | undefined, behaviour: Rating | null | undefined) => Predikat | null
}

/** usePredikatRule reads an appraisal's rule for its predikat, for a form that shows the predikat as the ratings change. */
export function usePredikatRule(appraisal: FragmentType<typeof PredikatRuleFragment>): PredikatRule {
  const { period } = useFragment(PredikatRuleFragment, appraisal).plan
  return {
    numeric: period.scoringMethod === 'NUMERIC_2011',
    lookup: (result, behaviour) => lookupPredikat(period.predikatMatrix, result, behaviour),
  }
}
