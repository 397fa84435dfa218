import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { InboxItemKind } from '@/gql/graphql'
import i18n, { setLanguage } from '@/lib/i18n'
import { daysLeftText, type DueItem, InboxDue } from './inbox-due'

/** The end of 31 January 2027 in Makassar. */
const deadline = '2027-01-31T15:59:59.999Z'

/** The kinds whose deadline is the viewer's own: the words are the same for each. */
const ownDeadline: InboxItemKind[] = [
  'PLAN_TO_AGREE',
  'PLAN_TO_COMPLETE',
  'PLAN_TO_SETTLE',
  'APPRAISAL_TO_WRITE',
  'APPRAISAL_TO_ANSWER',
  'OBJECTION_TO_EXPLAIN',
]

function item(kind: InboxItemKind, daysLeft: number, extra: Partial<DueItem> = {}): DueItem {
  return { kind, deadline, overdue: daysLeft < 0, daysLeft, ...extra }
}

function dueText(due: DueItem): string {
  const { container, unmount } = render(<InboxDue item={due} />)
  const text = container.textContent ?? ''
  unmount()
  return text
}

describe('daysLeftText', () => {
  it('says today, tomorrow, the days left or the days overdue, in Indonesian', () => {
    const t = i18n.t
    expect([0, 1, 2, 7, -1, -3].map((d) => daysLeftText(t, d))).toEqual([
      'hari ini',
      'besok',
      '2 hari lagi',
      '7 hari lagi',
      'terlambat 1 hari',
      'terlambat 3 hari',
    ])
    expect(daysLeftText(t, 0, true)).toBe('lewat hari ini')
  })

  it('uses the plural forms of English', async () => {
    await setLanguage('en')
    const t = i18n.t
    expect([0, 1, 2, -1, -2].map((d) => daysLeftText(t, d))).toEqual(['today', 'tomorrow', '2 days left', '1 day overdue', '2 days overdue'])
    expect(daysLeftText(t, 0, true)).toBe('passed today')
    await setLanguage('id')
  })
})

describe('InboxDue', () => {
  it.each(ownDeadline)('reads the same for every kind due by the viewer: %s', (kind) => {
    expect(dueText(item(kind, 0))).toBe('Batas 31 Januari 2027 · hari ini')
    expect(dueText(item(kind, 1))).toBe('Batas 31 Januari 2027 · besok')
    expect(dueText(item(kind, 5))).toBe('Batas 31 Januari 2027 · 5 hari lagi')
    expect(dueText(item(kind, -2))).toBe('Batas 31 Januari 2027 · terlambat 2 hari')
  })

  it('marks an own deadline near or passed', () => {
    render(<InboxDue item={item('OBJECTION_TO_EXPLAIN', -2)} />)
    expect(screen.getByText(/terlambat 2 hari/)).toHaveClass('is-overdue')
  })

  it("tells the decider the appraiser's time to explain, never that the decider is late", () => {
    const awaiting = { status: 'AWAITING_EXPLANATION' as const }
    expect(dueText(item('OBJECTION_TO_DECIDE', 0, { objection: awaiting }))).toBe('Penjelasan penilai paling lambat 31 Januari 2027 · hari ini')
    expect(dueText(item('OBJECTION_TO_DECIDE', 1, { objection: awaiting }))).toBe('Penjelasan penilai paling lambat 31 Januari 2027 · besok')
    expect(dueText(item('OBJECTION_TO_DECIDE', 4, { objection: awaiting }))).toBe('Penjelasan penilai paling lambat 31 Januari 2027 · 4 hari lagi')
    // Explained, or the time to explain has passed: the decision can be made.
    expect(dueText(item('OBJECTION_TO_DECIDE', 4, { objection: { status: 'OPEN' } }))).toBe('Dapat Anda putuskan sekarang')
    expect(dueText(item('OBJECTION_TO_DECIDE', -2, { objection: awaiting }))).toBe('Dapat Anda putuskan sekarang')
    render(<InboxDue item={item('OBJECTION_TO_DECIDE', -2, { objection: awaiting })} />)
    expect(screen.getByText('Dapat Anda putuskan sekarang')).not.toHaveClass('is-overdue')
  })

  it('reads the same in English, with its plurals', async () => {
    await setLanguage('en')
    expect(dueText(item('PLAN_TO_SETTLE', 1))).toBe('Due 31 January 2027 · tomorrow')
    expect(dueText(item('PLAN_TO_SETTLE', -1))).toBe('Due 31 January 2027 · 1 day overdue')
    expect(dueText(item('OBJECTION_TO_EXPLAIN', 3))).toBe('Due 31 January 2027 · 3 days left')
    expect(dueText(item('OBJECTION_TO_DECIDE', 1, { objection: { status: 'AWAITING_EXPLANATION' } }))).toBe(
      'The appraiser explains by 31 January 2027 · tomorrow',
    )
    expect(dueText(item('OBJECTION_TO_DECIDE', 1, { objection: { status: 'OPEN' } }))).toBe('Ready for your decision')
    await setLanguage('id')
  })

  it('says so when there is no deadline', () => {
    expect(dueText({ kind: 'OBJECTION_FILED', deadline: null, overdue: false, daysLeft: null })).toBe('Tanpa batas waktu')
  })
})
