import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { linesMatching, sourceFiles } from '../../tests/support/source-files'
import { ZBeginEnding, ZCircleReview } from './cosa/circle-life.schemas'
import { ZCosaReferral } from './cosa/circles.schemas'
import { addDays } from 'date-fns'
import { todayInLondon } from '../lib/dates'
import { bornAtLeast, dayNotInFuture, isoDay } from './zod-dates'
import { asDate, blank, ruleOnField } from './zod-fields'

// Break test of issue 16: the year 0000 reached PostgreSQL as a server error, the year 9999 was stored.
describe('typed calendar days', () => {
  it('are real dates from 1900 to 2099', () => {
    const key = (v: string) => {
      const r = isoDay().safeParse(v)
      return r.success ? 'ok' : r.error.issues.map((i) => i.message)
    }
    expect([key('0000-01-01'), key('1899-12-31'), key('1900-01-01'), key('2099-12-31'), key('2100-01-01'), key('9999-12-31'), key('2026-02-30')]).toEqual([
      ['dateOutOfRange'], ['dateOutOfRange'], 'ok', 'ok', ['dateOutOfRange'], ['dateOutOfRange'], ['invalidDate'],
    ])
  })

  // Re-check of issue 16, D8: an empty "Ending phase starts on" said "Enter a real date Enter a date between 1900 and 2099".
  it('left empty get the one message "Enter the date", not two contradictory ones', () => {
    // Break 59 F3: a date of only spaces (or other characters that draw nothing) said "Enter a real date".
    for (const v of ['', undefined, ' ', '\u00a0\t ', '\u200b']) expect(isoDay().safeParse(v).error?.issues.map((i) => i.message), JSON.stringify(v)).toEqual(['dateRequired'])
    expect(isoDay().refine(() => false, 'notInPast').safeParse('').error?.issues.map((i) => i.message)).toEqual(['dateRequired'])
    const ending = ZBeginEnding.safeParse({ circleId: '00000000-0000-4000-8000-000000000000', version: '1', endingReason: 'Moving away', endingFrom: '' })
    expect(ending.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['endingFrom', 'dateRequired']])
    expect(isoDay().refine(() => false, 'notInPast').safeParse('2026-02-30').error?.issues.map((i) => i.message)).toEqual(['invalidDate'])
    expect(isoDay().refine(() => false, 'notInPast').safeParse('2100-01-01').error?.issues.map((i) => i.message)).toEqual(['dateOutOfRange'])
  })

  // Walk 40 D4: an empty date aborted the whole object, so refinements meant to run whatever the fields say (`when`)
  // were skipped and an empty "Record this nominal" named the missing disclosure decision only on the second attempt.
  it('that fail leave an object\'s always-run refinements running', () => {
    const form = z.object({ on: isoDay(), venue: z.string().optional() }).refine((f) => f.venue, { path: ['venue'], message: 'venueOrOnline', when: () => true })
    for (const on of ['', '2026-02-30', '0000-01-01']) {
      expect(form.safeParse({ on }).error?.issues.map((i) => i.path.join('.'))).toEqual(['on', 'venue'])
    }
    const optional = z.object({ on: z.preprocess(blank, isoDay().optional()), venue: z.string().optional() }).refine((f) => f.venue, { path: ['venue'], message: 'venueOrOnline', when: () => true })
    expect(optional.safeParse({ on: '2026-13-01' }).error?.issues.map((i) => i.path.join('.'))).toEqual(['on', 'venue'])
  })

  // Break 61 F6: a COSA referral's release date of 31 February said "Enter a real date" and then "The date and time
  // must be in the future": a rule across fields on a field whose own value was refused adds nothing.
  it('that fail are not judged again by a rule across fields on the same field, which still runs for the others', () => {
    const form = z
      .object({ on: z.preprocess(blank, isoDay().optional()), venue: z.string().optional() })
      .refine((f) => !f.on || f.on > '2026-06-01', ruleOnField('on', 'mustBeFuture'))
      .refine((f) => f.venue, ruleOnField('venue', 'venueOrOnline'))
    const issues = (input: object) => form.safeParse(input).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
    expect(issues({ on: '2026-02-31' })).toEqual(['on: invalidDate', 'venue: venueOrOnline'])
    expect(issues({ on: '2026-01-02', venue: 'Hall' })).toEqual(['on: mustBeFuture'])
    const referral = ZCosaReferral.safeParse({ programme: 'THROUGH_THE_GATE', releaseDate: '2026-02-31' }).error?.issues.filter((i) => i.path[0] === 'releaseDate')
    expect(referral?.map((i) => i.message)).toEqual(['invalidDate'])
    // Nor when a field it compares with was refused (review 62): "after" a date that is no date says nothing true.
    const review = ZCircleReview.safeParse({ kind: 'QUARTERLY', heldOn: '2026-13-01', nextReviewOn: '2026-01-05' }).error?.issues.filter((i) => i.path[0] === 'nextReviewOn')
    expect(review).toEqual([])
  })

  it('are read through isoDay() everywhere, never z.iso.date directly', () => {
    expect(linesMatching(sourceFiles('src').filter((f) => !f.endsWith('zod-dates.ts')), [/z\.iso\.date\(/, /z\.iso\s*$/])).toEqual([])
  })
})

describe('dates that cannot be in the future', () => {
  const inDays = (n: number) => addDays(asDate(todayInLondon()), n).toISOString().slice(0, 10)
  const messages = (r: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) => (r.error?.issues ?? []).map((i) => `${String(i.path[0])}: ${i.message}`)

  it('say a future date of birth only once, and too young otherwise (review 65b K2)', () => {
    const born = z.object({ dateOfBirth: bornAtLeast(10, 'dateOfBirthUnder10') })
    expect(messages(born.safeParse({ dateOfBirth: inDays(3) }))).toEqual(['dateOfBirth: notInFuture'])
    expect(messages(born.safeParse({ dateOfBirth: inDays(-365 * 5) }))).toEqual(['dateOfBirth: dateOfBirthUnder10'])
    expect(born.safeParse({ dateOfBirth: inDays(-365 * 11) }).success).toBe(true)
  })

  it('leave the form’s rules between fields to be said on the same submit (an abort stopped them)', () => {
    const review = z.object({ reviewedOn: dayNotInFuture(), nextReviewOn: isoDay() }).refine((r) => r.nextReviewOn > r.reviewedOn, { path: ['nextReviewOn'], message: 'order' })
    expect(messages(review.safeParse({ reviewedOn: inDays(2), nextReviewOn: inDays(1) }))).toEqual(['reviewedOn: notInFuture', 'nextReviewOn: order'])
    const born = z.object({ dateOfBirth: bornAtLeast(18, 'under18'), other: isoDay() }).refine(() => false, { path: ['other'], message: 'rule' })
    expect(messages(born.safeParse({ dateOfBirth: inDays(2), other: inDays(0) }))).toEqual(['dateOfBirth: notInFuture', 'other: rule'])
  })
})
