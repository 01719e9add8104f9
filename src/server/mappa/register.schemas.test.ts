import { describe, expect, it } from 'vitest'
import { isReviewOverdue, reviewMark, ZRegisterQuery } from './register.schemas'
import { ZTrackerQuery } from './tracker.schemas'

const today = new Date('2026-11-30T00:00:00Z')
const day = (iso: string) => new Date(`${iso}T00:00:00Z`)

describe('a nominal’s review is overdue (issue 16 item 4)', () => {
  it('at levels 2 and 3 once the next review date has passed, not on the day itself', () => {
    expect(isReviewOverdue({ level: 2, nextReviewDate: day('2026-11-29') }, today)).toBe(true)
    expect(isReviewOverdue({ level: 3, nextReviewDate: day('2026-11-29') }, today)).toBe(true)
    expect(isReviewOverdue({ level: 2, nextReviewDate: day('2026-11-30') }, today)).toBe(false)
  })
  it('never at level 1, which the lead agency reviews', () => {
    expect(isReviewOverdue({ level: 1, nextReviewDate: day('2020-01-01') }, today)).toBe(false)
  })
})

// Re-walk of issue 16, item 6: a level 1 nominal past its review date had no mark in the register, home or overview.
describe('the mark on a nominal’s next review', () => {
  it('is overdue at levels 2 and 3, the lead agency’s review at level 1, and none before the date has passed', () => {
    expect(reviewMark({ level: 2, nextReviewDate: day('2026-11-29') }, today)).toBe('overdue')
    expect(reviewMark({ level: 1, nextReviewDate: day('2026-11-29') }, today)).toBe('leadAgency')
    expect(reviewMark({ level: 1, nextReviewDate: day('2026-11-30') }, today)).toBeNull()
    expect(reviewMark({ level: 3, nextReviewDate: day('2026-12-30') }, today)).toBeNull()
  })
})

describe('the register and tracker filters from the address', () => {
  it('keep known choices, refuse hand-edited ones (break 51 F6: dropped in silence), and read days as numbers', () => {
    expect(ZRegisterQuery.parse({ level: '3', category: '4', overdue: '1', dueWithin: '28' })).toMatchObject({ level: 3, category: 4, overdue: '1', dueWithin: 28, page: 1 })
    expect(ZRegisterQuery.safeParse({ level: '7', category: 'x', overdue: 'yes' }).error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['level', 'chooseOption'], ['category', 'chooseOption'], ['overdue', 'chooseOption']])
  })
  it('read a meeting or review as the source, and refuse a due range the wrong way round', () => {
    const id = '0b0e7a6e-4a5b-4c2d-9e8f-1a2b3c4d5e6f'
    expect(ZTrackerQuery.parse({ source: `review:${id}`, sort: 'owner', dir: 'desc' })).toMatchObject({ source: { kind: 'review', id }, sort: 'owner', dir: 'desc' })
    expect(ZTrackerQuery.safeParse({ source: 'person:1', sort: 'crn', status: 'LOST' }).error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['status', 'chooseOption'], ['source', 'chooseOption'], ['sort', 'chooseOption']])
    const bad = ZTrackerQuery.safeParse({ dueFrom: '2026-12-10', dueTo: '2026-12-01' })
    expect(bad.success ? [] : bad.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['dueTo', 'dateOrder']])
  })
})
