import { beforeAll, describe, expect, it } from 'vitest'
import { getCircle } from '../../../src/server/cosa/circles'
import { circleMeetingDates } from '../../../src/server/cosa/circle-meeting-dates'
import { prisma } from '../../../src/server/db'
import { londonLocalToDate, todayInLondon } from '../../../src/lib/dates'
import type { Actor } from '../../../src/server/policy'
import { coordinatorOfNewProvider, startedCircle } from './started-circle'

// fix16a item 5: a circle with a pattern but no meeting on the rota yet read "First meeting: No meetings scheduled
// yet". Its first meeting is the first day its pattern gives, shown as planned.
let coordinator: Actor
let provider: { id: string }

beforeAll(async () => {
  ({ provider, coordinator } = await coordinatorOfNewProvider('PLANNED'))
})

describe('a circle’s first meeting before the rota is generated', () => {
  it('is the first day its pattern gives, marked as planned', async () => {
    const { id } = await startedCircle(coordinator, provider)
    const { dates } = await getCircle(coordinator, id)
    expect(dates.firstMeeting).toBeNull()
    expect(dates.plannedFirst).toBe(dates.patternSince!.toISOString().slice(0, 10))
  })

  // Break 43 F2: a Friday 09:00 pattern saved at 09:31 on a Friday was said to meet first "11 Dec" by the save, while the
  // circle page said "4 Dec", a time already gone. A circle with no meeting yet: nothing of its own is read.
  it('is a day still to come: today’s only while its start time has not passed, else one period on', async () => {
    const today = todayInLondon()
    const weekday = ((new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7) + 1
    const circle = { id: crypto.randomUUID(), status: 'ACTIVE', weekday, startTime: '09:00', everyWeeks: 2, startedOn: new Date(`${today}T00:00:00Z`), startDate: new Date(`${today}T00:00:00Z`), patternFrom: new Date(`${today}T00:00:00Z`), endingFrom: null, plannedEndDate: new Date('2099-01-01T00:00:00Z') }
    const at = (time: string) => londonLocalToDate(`${today}T${time}`)!
    expect((await circleMeetingDates(prisma, circle, at('08:59'))).plannedFirst).toBe(today)
    const fortnight = new Date(Date.parse(`${today}T00:00:00Z`) + 14 * 86_400_000).toISOString().slice(0, 10)
    expect((await circleMeetingDates(prisma, circle, at('09:31'))).plannedFirst).toBe(fortnight)
  })

  // Walk 45 F3: beside "First meeting: 11 Dec (planned)" the pattern line read "from 4 Dec" and "Pattern since: 4 Dec",
  // the "on or after" date whose slot had passed. With nothing met or booked yet, the pattern runs from its first meeting.
  it('has its pattern run from that planned first meeting, not from a day whose time has gone', async () => {
    const today = todayInLondon()
    const weekday = ((new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7) + 1
    const midnight = new Date(`${today}T00:00:00Z`)
    const circle = { id: crypto.randomUUID(), status: 'FORMING', weekday, startTime: '09:00', everyWeeks: 1, startedOn: null, startDate: midnight, patternFrom: midnight, endingFrom: null, plannedEndDate: new Date('2099-01-01T00:00:00Z') }
    const week = new Date(Date.parse(`${today}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10)
    const later = await circleMeetingDates(prisma, circle, londonLocalToDate(`${today}T13:20`)!)
    expect([later.plannedFirst, later.patternSince?.toISOString().slice(0, 10)]).toEqual([week, week])
    const before = await circleMeetingDates(prisma, circle, londonLocalToDate(`${today}T08:00`)!)
    expect([before.plannedFirst, before.patternSince?.toISOString().slice(0, 10)]).toEqual([today, today])
  })
})
