import { describe, expect, it } from 'vitest'
import { toCsv } from './csv'

describe('toCsv', () => {
  it('writes plain decimals, quotes what needs it and ends lines with CRLF', () => {
    expect(
      toCsv(
        ['Unit', 'Rata-rata'],
        [
          ['Bidang "A", Mutasi', 82.5],
          ['Sekretariat', null],
          ['X', 1234.25],
        ],
      ),
    ).toBe('Unit,Rata-rata\r\n"Bidang ""A"", Mutasi",82.5\r\nSekretariat,\r\nX,1234.25\r\n')
  })
})
