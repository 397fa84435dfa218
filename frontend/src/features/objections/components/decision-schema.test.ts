import { describe, expect, it } from 'vitest'
import { decisionSchema } from './decision-schema'

const m = { required: 'required', reviseNeeds: 'revise needs ratings', range: '0–100' }
const base = { decision: 'UPHOLD' as const, note: 'Sudah sesuai', resultRating: null, behaviourRating: null, values: [] }
const issues = (schema: ReturnType<typeof decisionSchema>, v: unknown) => schema.safeParse(v).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? []

describe('decisionSchema', () => {
  it('needs the grounds of every decision', () => {
    expect(issues(decisionSchema(m, false), { ...base, note: '  ' })).toEqual([['note', 'required']])
  })

  it('needs new ratings to revise (2022) and new values (2011)', () => {
    expect(issues(decisionSchema(m, false), { ...base, decision: 'REVISE' })).toEqual([['resultRating', 'revise needs ratings']])
    expect(issues(decisionSchema(m, false), { ...base, decision: 'REVISE', resultRating: 'ABOVE' })).toEqual([])
    const values = [{ criterionCode: 'INTEGRITAS', value: Number.NaN }]
    expect(issues(decisionSchema(m, true), { ...base, decision: 'REVISE', values })).toEqual([['values', 'revise needs ratings']])
    expect(issues(decisionSchema(m, true), { ...base, decision: 'REVISE', values: [{ criterionCode: 'INTEGRITAS', value: 101 }] })).toEqual([
      ['values.0.value', '0–100'],
    ])
  })

  it('lets an uphold stand without ratings', () => {
    expect(issues(decisionSchema(m, false), base)).toEqual([])
  })
})
