import { addDays, addMinutes, addYears } from 'date-fns'
import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { endingWouldCancel } from '../../../src/server/cosa/circle-ending-meetings'
import { fitOfPattern } from '../../../src/server/cosa/circle-pattern'
import { planPatternChange } from '../../../src/server/cosa/circle-pattern-change'
import { cosaDashboard } from '../../../src/server/cosa/dashboard'
import { getRota, getRotaMeeting } from '../../../src/server/cosa/rota-views'
import { londonToday } from '../../../src/lib/dates'
import { createUser } from '../../factories'
import { actorOf } from '../../support/actor'
import { circleWithVolunteer } from './volunteer-circle'

// h17g item 3 of issue 17: a volunteer kept from the core member by a Limited Access list (an exclusion, or a
// restriction list without them) no longer sees the circle, so their place can never be answered. Every count and
// list of places the coordinator sees — the COSA overview's "answers awaited" and its week, the rota (named and
// redacted rows), the meeting page, and the circle page's warnings before an ending or a pattern change — counts it
// as needing cover, never as awaited or confirmed. Red before: the overview said 2 places waited for an answer, the
// rota and meeting page said "Please confirm", the warnings counted the places as confirmations and awaited answers.

type World = Awaited<ReturnType<typeof circleWithVolunteer>> & { thisWeek: { id: string }; blind: Awaited<ReturnType<typeof actorOf>> }

describe.each(['EXCLUSION', 'RESTRICTION'] as const)('places of a volunteer kept out by a %s', (kind) => {
  let w: World
  // Alun is kept out either way; a restriction list naming only the coordinator keeps Bethan out too.
  const bethanOut = kind === 'RESTRICTION'
  beforeAll(async () => {
    const c = await circleWithVolunteer(`CNT${kind.slice(0, 2)}`)
    // A meeting within the overview's week: Alun waits to answer, Bethan confirmed.
    const soon = addDays(new Date(), 2)
    const thisWeek = await prisma.circleMeeting.create({ data: { circleId: c.circle.id, startsAt: soon, endsAt: addMinutes(soon, 90) } })
    await prisma.circleAssignment.create({ data: { meetingId: thisWeek.id, volunteerId: c.alun.id, assignedById: c.coordinator.userId } })
    await prisma.circleAssignment.create({ data: { meetingId: thisWeek.id, volunteerId: c.bethan.id, assignedById: c.coordinator.userId, response: 'CONFIRMED' } })
    // A second coordinator of the provider who may not see the person: their rota and week are redacted rows of counts.
    const blind = await actorOf(await createUser(prisma, { agencyId: c.circle.providerAgencyId, roles: ['COSA_COORDINATOR'] }))
    await prisma.accessRestriction.create({ data: { offenderId: c.person.id, kind: 'EXCLUSION', userId: blind.userId, reason: 'Knows the family' } })
    const listed = kind === 'EXCLUSION' ? c.alun.userId : c.coordinator.userId
    await prisma.accessRestriction.create({ data: { offenderId: c.person.id, kind, userId: listed, reason: 'Lives next door to the family' } })
    w = { ...c, thisWeek, blind }
  })

  it('leaves the overview’s answers awaited and counts the places as needing cover', async () => {
    // Coming places: Alun pending on thisWeek and coming, confirmed on confirmedComing; Bethan confirmed on both.
    const d = await cosaDashboard(w.coordinator)
    expect(d.unconfirmed).toBe(0)
    expect(d.needsCover).toBe(bethanOut ? 5 : 3)
    for (const actor of [w.coordinator, w.blind]) {
      const week = (await cosaDashboard(actor)).week.filter((m) => m.restricted || m.id === w.thisWeek.id)
      expect(week.map(({ confirmed, pending, needsCover }) => ({ confirmed, pending, needsCover }))).toEqual([{ confirmed: bethanOut ? 0 : 1, pending: 0, needsCover: bethanOut ? 2 : 1 }])
    }
  })

  it('says on the rota and the meeting page that the place needs cover, not that it waits for an answer', async () => {
    const rota = await getRota(w.coordinator)
    const row = rota.meetings.find((m) => !m.restricted && m.id === w.coming.id)
    expect(row && !row.restricted && row.volunteers.map((v) => [v.response, v.keptOut])).toEqual(expect.arrayContaining([['PENDING', true], ['CONFIRMED', bethanOut]]))
    const meeting = await getRotaMeeting(w.coordinator, w.coming.id)
    expect(meeting.volunteers.find((v) => v.volunteerId === w.alun.id)?.keptOut).toBe(true)
    expect(meeting.volunteers.find((v) => v.volunteerId === w.bethan.id)?.keptOut).toBe(bethanOut)
    // The redacted rows of a coordinator who may not see the person count the same way.
    const redacted = (await getRota(w.blind)).meetings.filter((m) => m.restricted).map(({ confirmed, pending, needsCover }) => ({ confirmed, pending, needsCover }))
    expect(redacted).toEqual(expect.arrayContaining([{ confirmed: bethanOut ? 0 : 1, pending: 0, needsCover: bethanOut ? 2 : 1 }]))
    expect(redacted.some((m) => m.pending > 0)).toBe(false)
  })

  it('counts none of the places as confirmations or awaited answers in the ending and pattern warnings', async () => {
    // Every coming meeting is after today, so beginning the ending today cancels them all.
    const ending = await endingWouldCancel(prisma, w.circle.id, londonToday())
    expect(ending).toEqual({ meetings: 3, confirmations: bethanOut ? 0 : 2, unconfirmed: 0 })
    // No fixture meeting starts at exactly 19:00 London time, so the new pattern cancels them all.
    const pattern = { weekday: 2, startTime: '19:00', minutes: 90, everyWeeks: 1, startDate: new Date(), plannedEndDate: addYears(new Date(), 1) }
    const plan = await planPatternChange(prisma, w.circle.id, pattern, { ...pattern, weekday: 3 })
    expect({ cancel: plan.cancel.length, confirmations: plan.confirmations, unconfirmed: plan.unconfirmed }).toEqual({ cancel: 3, confirmations: bethanOut ? 0 : 2, unconfirmed: 0 })
  })

  // Break 29 D2: a member kept out, not on a meeting, was listed under "Who else of the circle can come" as free, and
  // the pattern's count relied on them. Red before: keptOut undefined, and no KEPT_OUT rule.
  it('says a kept-out member may no longer serve, and leaves them out of the pattern’s count', async () => {
    const later = addDays(new Date(), 21)
    const without = await prisma.circleMeeting.create({ data: { circleId: w.circle.id, startsAt: later, endsAt: addMinutes(later, 90) } })
    const meeting = await getRotaMeeting(w.coordinator, without.id)
    expect(meeting.attendance.map((v) => [v.firstName, v.keptOut])).toEqual([['Alun', true], ['Bethan', bethanOut]])
    const fit = await fitOfPattern(prisma, w.coordinator, w.circle, { weekday: 2, startTime: '19:00', minutes: 90, everyWeeks: 1, startDate: later })
    // In the order they joined, which is the same day for both.
    expect(fit.volunteers.map((v) => [v.firstName, v.rules.includes('KEPT_OUT')]).sort()).toEqual([['Alun', true], ['Bethan', bethanOut]])
    expect(fit.canMake).toBe(0)
    await prisma.circleMeeting.delete({ where: { id: without.id } })
  })
})
