import { describe, expect, it } from 'vitest'
import { explanationSchema, maxExplanation } from './explanation-schema'

const schema = explanationSchema({ required: 'required', tooLong: 'too long' })
const issues = (v: unknown) => schema.safeParse(v).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? []

describe('explanationSchema', () => {
  it('needs an explanation that is not blank', () => {
    expect(issues({ explanation: '  ' })).toEqual([['explanation', 'required']])
    expect(issues({ explanation: 'Target belum tercapai.' })).toEqual([])
  })

  it('keeps to the length the server keeps', () => {
    expect(issues({ explanation: 'a'.repeat(maxExplanation) })).toEqual([])
    expect(issues({ explanation: 'a'.repeat(maxExplanation + 1) })).toEqual([['explanation', 'too long']])
  })
})
