import { afterEach, describe, expect, it, vi } from 'vitest'
import { youngAdultBirthRange } from '../server/iom/candidate-criteria'
import { yearsBefore } from '../server/iom/review-cadence'
import { priorityGroups } from './risk'
import { isYoungAdult, YOUNG_ADULT_AGES } from './young-adult'

const today = new Date('2026-11-23T00:00:00Z')
const person = (dateOfBirth: Date) => ({ sex: 'MALE', dateOfBirth, isVeteran: false, rosh: null, ogrs3Year2: null, today })
const inIomRange = (dob: Date) => {
  const range = youngAdultBirthRange(today)
  return dob > range.after && dob <= range.onOrBefore
}

// Issue 15 item 4: the person record said 16–25 and IOM selection 18–25.
describe('young adult: one definition', () => {
  it('is 16 to 25 inclusive (Wales Reducing Reoffending Strategy)', () => {
    expect(YOUNG_ADULT_AGES).toEqual({ from: 16, to: 25 })
    expect([15, 16, 25, 26].map(isYoungAdult)).toEqual([false, true, true, false])
  })
  it.each([15, 16, 17, 18, 25, 26])('the person record and IOM selection agree for someone %i today', (age) => {
    const birthdayToday = yearsBefore(today, age)
    const dayBefore = new Date(birthdayToday.getTime() + 86_400_000) // turns `age` tomorrow
    for (const dob of [birthdayToday, dayBefore]) {
      expect(priorityGroups(person(dob)).includes('YOUNG_ADULT')).toBe(inIomRange(dob))
    }
    expect(inIomRange(birthdayToday)).toBe(isYoungAdult(age))
  })
})

describe('age on the person record counts London days', () => {
  afterEach(() => vi.useRealTimers())
  it('at 23:30 UTC in summer a birthday "tomorrow" by UTC is today in London (issue 15 item 3)', () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-07-01T23:30:00Z')) // 00:30 on 2 July in London
    const sixteenOnSecondJuly = { ...person(new Date('2010-07-02T00:00:00Z')), today: undefined }
    expect(priorityGroups(sixteenOnSecondJuly)).toContain('YOUNG_ADULT')
  })
})
