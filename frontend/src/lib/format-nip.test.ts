import { describe, expect, it } from 'vitest'
import { compactNip, formatNip } from './format-nip'

describe('formatNip', () => {
  it.each([
    ['198609262015051001', '19860926 201505 1 001'],
    ['198503152010012001', '19850315 201001 2 001'],
    [' 198609262015051001 ', '19860926 201505 1 001'],
    ['12345', '12345'],
    ['1986092620150510011', '1986092620150510011'],
    ['19860926201505100x', '19860926201505100x'],
    ['', ''],
  ])('formatNip(%j) = %j', (input, want) => {
    expect(formatNip(input)).toBe(want)
  })
})

describe('compactNip', () => {
  it('removes the separators of a formatted NIP', () => {
    expect(compactNip('19860926 201505 1 001')).toBe('198609262015051001')
  })
})
