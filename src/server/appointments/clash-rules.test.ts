import { describe, expect, it } from 'vitest'
import { londonLocalToDate } from '../../lib/dates'
import { bankHolidayOn, findClashes, needsConfirmation, overlaps, type Booked } from './clash-rules'

const london = (local: string) => londonLocalToDate(local)!
const slot = (local: string, durationMinutes = 60) => ({ start: london(local), durationMinutes })
const booked = (id: string, local: string, durationMinutes: number, who: { offenderId: string; staffId: string }, cancelled = false): Booked => ({
  id,
  ...slot(local, durationMinutes),
  ...who,
  cancelled,
})
const proposed = (local: string, durationMinutes = 60) => ({ ...slot(local, durationMinutes), offenderId: 'p1', staffId: 's1' })

describe('overlaps', () => {
  it('treats touching appointments as not clashing, and any shared minute as clashing', () => {
    expect(overlaps(slot('2027-02-03T09:00'), slot('2027-02-03T10:00'))).toBe(false)
    expect(overlaps(slot('2027-02-03T10:00'), slot('2027-02-03T09:00'))).toBe(false)
    expect(overlaps(slot('2027-02-03T09:00'), slot('2027-02-03T09:59'))).toBe(true)
    expect(overlaps(slot('2027-02-03T09:00', 480), slot('2027-02-03T12:00', 5))).toBe(true)
    expect(overlaps(slot('2027-02-03T09:30', 5), slot('2027-02-03T09:00', 60))).toBe(true)
  })

  it('counts real minutes across the spring clock change (28 Mar 2027: 01:00 GMT becomes 02:00 BST)', () => {
    // 00:30 GMT for 60 minutes ends at 01:30 UTC, which is 02:30 BST.
    const early = slot('2027-03-28T00:30', 60)
    expect(overlaps(early, slot('2027-03-28T02:15', 30))).toBe(true)
    expect(overlaps(early, slot('2027-03-28T02:30', 30))).toBe(false)
  })

  it('counts real minutes across the autumn clock change (31 Oct 2027: 02:00 BST becomes 01:00 GMT)', () => {
    // 00:30 BST is 23:30 UTC; 120 minutes later is 01:30 UTC, which is 01:30 GMT.
    const late = slot('2027-10-31T00:30', 120)
    expect(overlaps(late, slot('2027-10-31T01:29', 30))).toBe(true)
    expect(overlaps(late, slot('2027-10-31T01:30', 30))).toBe(false)
  })
})

describe('bank holidays (England and Wales, London date)', () => {
  it('finds Christmas, Easter Monday and a substitute day, and nothing on an ordinary day', () => {
    expect(bankHolidayOn(london('2026-12-25T10:00'))).toBe('2026-12-25')
    expect(bankHolidayOn(london('2027-03-29T10:00'))).toBe('2027-03-29')
    // 26 Dec 2026 is a Saturday: the substitute Boxing Day is Monday 28 Dec.
    expect(bankHolidayOn(london('2026-12-28T10:00'))).toBe('2026-12-28')
    expect(bankHolidayOn(london('2026-12-29T10:00'))).toBeNull()
  })

  it('uses the London date, not the UTC one (00:30 BST on the late May bank holiday is still 30 May 23:30 UTC)', () => {
    expect(bankHolidayOn(london('2027-05-31T00:30'))).toBe('2027-05-31')
    expect(bankHolidayOn(london('2027-06-01T00:30'))).toBeNull()
  })
})

describe('findClashes', () => {
  const me = { offenderId: 'p1', staffId: 's1' }
  const otherPersonMyDiary = { offenderId: 'p2', staffId: 's1' }
  const otherPersonOtherStaff = { offenderId: 'p3', staffId: 's2' }

  it('stops on the same person, warns on the same staff member, ignores others, cancelled ones and the appointment itself', () => {
    const all = [
      booked('a', '2027-02-03T09:30', 30, me),
      booked('b', '2027-02-03T09:15', 60, otherPersonMyDiary),
      booked('c', '2027-02-03T09:00', 60, otherPersonOtherStaff),
      booked('d', '2027-02-03T09:00', 60, otherPersonMyDiary, true),
      booked('e', '2027-02-03T10:00', 60, otherPersonMyDiary),
    ]
    const report = findClashes(proposed('2027-02-03T09:00'), all)
    expect(report.samePerson.map((b) => b.id)).toEqual(['a'])
    expect(report.sameStaff.map((b) => b.id)).toEqual(['b'])
    expect(report.bankHoliday).toBeNull()
    expect(needsConfirmation(report)).toBe(true)
    expect(findClashes({ ...proposed('2027-02-03T09:30', 30), id: 'a' }, [all[0]!]).samePerson).toEqual([])
  })

  it('needs no confirmation on a clear ordinary day, and needs it on a bank holiday alone', () => {
    expect(needsConfirmation(findClashes(proposed('2027-02-03T09:00'), []))).toBe(false)
    const holiday = findClashes(proposed('2026-12-25T09:00'), [])
    expect(holiday.bankHoliday).toBe('2026-12-25')
    expect(needsConfirmation(holiday)).toBe(true)
  })

  it('lists clashes in time order', () => {
    const all = [booked('late', '2027-02-03T09:45', 30, otherPersonMyDiary), booked('early', '2027-02-03T08:30', 45, otherPersonMyDiary)]
    expect(findClashes(proposed('2027-02-03T09:00'), all).sameStaff.map((b) => b.id)).toEqual(['early', 'late'])
  })
})
