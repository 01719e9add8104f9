import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { beginCircleEnding, closeCircle, recordCircleReview, recordQuestionnaire, returnCircleToRunning } from '../../../src/server/cosa/circle-life'
import { circleMeetingDates } from '../../../src/server/cosa/circle-meeting-dates'
import { getCircle, setUpCircle } from '../../../src/server/cosa/circles'
import { getRota } from '../../../src/server/cosa/rota-views'
import type { Actor } from '../../../src/server/policy'
import { createUser } from '../../factories'
import { actorOf } from '../../support/actor'
import { inDays, meetingDay, pattern, startedCircle, today, version } from './started-circle'
import { shown } from '../../support/shown-rows'

// Issue 16's last COSA items (cosa16): a future ending date (1), the circle page's dates (2), the rota's core member (3).
let coordinator: Actor
let provider: { id: string }
const midday = (day: string) => new Date(`${day}T12:00:00Z`)
const meeting = (circleId: string, day: string) => prisma.circleMeeting.create({ data: { circleId, startsAt: midday(day), endsAt: new Date(midday(day).getTime() + 90 * 60_000) } })
const statusOf = async (id: string) => (await prisma.circleMeeting.findUniqueOrThrow({ where: { id } })).status
const answers = { feltSupported: 4, lessIsolated: 3, copingBetter: 3, confidentFuture: 4 }
const ending = async (id: string, endingFrom: string) => beginCircleEnding(coordinator, { circleId: id, version: await version(id), endingReason: 'Moving away', endingFrom, confirm: 'on' })

beforeAll(async () => {
  provider = await prisma.agency.create({ data: { code: `LAST-${Date.now()}`, name: 'Last items provider', kind: 'THIRD_SECTOR' } })
  coordinator = await actorOf(await createUser(prisma, { agencyId: provider.id, roles: ['COSA_COORDINATOR'] }))
})

describe('an ending begun with a date ahead (cosa16 item 1)', () => {
  it('cancels, audited and counted, the meetings after the ending date without minutes; keeps those up to it', async () => {
    const { id } = await startedCircle(coordinator, provider)
    const [before, onTheDay, after1, after2] = await Promise.all([inDays(5), inDays(10), inDays(11), inDays(17)].map((d) => meeting(id, d)))
    expect(await ending(id, inDays(10))).toEqual({ id, cancelled: 2 })
    expect(await Promise.all([before, onTheDay, after1, after2].map((m) => statusOf(m!.id)))).toEqual(['SCHEDULED', 'SCHEDULED', 'CANCELLED', 'CANCELLED'])
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'cosa.circle.ending', subjectId: id } })
    expect(audit.detail).toMatchObject({ meetingsCancelled: 2 })
  })

  it('refuses the end review, the questionnaire and closing until that date with one message; returning to running still works', async () => {
    const { id, outer } = await startedCircle(coordinator, provider)
    await ending(id, inDays(14))
    const refused = { fieldErrors: { _form: ['endingNotOpenYet'] } }
    await expect(recordCircleReview(coordinator, { circleId: id, kind: 'END', heldOn: today, outerMemberIds: [outer], progress: 'Early.', nextReviewOn: '' })).rejects.toMatchObject(refused)
    await expect(recordQuestionnaire(coordinator, { circleId: id, completedOn: today, ...answers })).rejects.toMatchObject(refused)
    await expect(closeCircle(coordinator, { circleId: id, version: await version(id) })).rejects.toMatchObject(refused)
    // A quarterly review is still taken: the circle is running until its ending date.
    await recordCircleReview(coordinator, { circleId: id, kind: 'QUARTERLY', heldOn: today, outerMemberIds: [outer], progress: 'Steady.', nextReviewOn: inDays(90) })
    await returnCircleToRunning(coordinator, { circleId: id, version: await version(id) })
    expect((await prisma.circle.findUniqueOrThrow({ where: { id } })).status).toBe('ACTIVE')
  })

  it('takes them from the ending date on: ending today opens them at once', async () => {
    const { id, outer } = await startedCircle(coordinator, provider)
    expect(await ending(id, today)).toEqual({ id, cancelled: 0 })
    await recordCircleReview(coordinator, { circleId: id, kind: 'END', heldOn: today, outerMemberIds: [outer], progress: 'Ended.', nextReviewOn: '' })
    await recordQuestionnaire(coordinator, { circleId: id, completedOn: today, ...answers })
    expect(await closeCircle(coordinator, { circleId: id, version: await version(id) })).toEqual({ id, cancelled: 0 })
  })
})

describe('the circle page’s dates (cosa16 item 2)', () => {
  it('names the first scheduled meeting until one is held, then the first held, apart from the pattern’s date', async () => {
    const { id } = await startedCircle(coordinator, provider)
    expect((await getCircle(coordinator, id)).dates).toMatchObject({ startedOn: new Date(`${today}T00:00:00Z`), firstMeeting: null, patternSince: new Date(`${meetingDay()}T00:00:00Z`), neverMet: false })
    await meeting(id, inDays(35))
    await meeting(id, inDays(28))
    expect((await getCircle(coordinator, id)).dates.firstMeeting).toEqual({ startsAt: midday(inDays(28)), held: false })
    // Held meetings weeks ago, then the pattern changed: the first meeting is still the first held, not the pattern's.
    const held = await meeting(id, inDays(-21))
    await meeting(id, inDays(-14))
    await prisma.circleMeeting.create({ data: { circleId: id, startsAt: midday(inDays(-28)), endsAt: midday(inDays(-28)), status: 'CANCELLED' } })
    await setUpCircle(coordinator, await pattern(id, inDays(42)))
    const dates = (await getCircle(coordinator, id)).dates
    expect([dates.firstMeeting, dates.patternSince!.toISOString().slice(0, 10) >= inDays(42)]).toEqual([{ startsAt: held.startsAt, held: true }, true])
  })

  it('says a closed circle that never met never met, with no pattern; one that met keeps its first meeting', async () => {
    const { id, outer } = await startedCircle(coordinator, provider)
    const coming = await meeting(id, inDays(28))
    await ending(id, today)
    await recordCircleReview(coordinator, { circleId: id, kind: 'END', heldOn: today, outerMemberIds: [outer], progress: 'Recalled.', nextReviewOn: '' })
    await recordQuestionnaire(coordinator, { circleId: id, completedOn: today, ...answers })
    await closeCircle(coordinator, { circleId: id, version: await version(id) })
    expect(await statusOf(coming.id)).toBe('CANCELLED')
    expect((await getCircle(coordinator, id)).dates).toMatchObject({ firstMeeting: null, patternSince: null, neverMet: true })
    const circle = await prisma.circle.findUniqueOrThrow({ where: { id } })
    await meeting(id, inDays(-7))
    expect(await circleMeetingDates(prisma, circle)).toMatchObject({ firstMeeting: { startsAt: midday(inDays(-7)), held: true }, neverMet: false })
  })
})

describe('the rota’s core member (cosa16 item 3)', () => {
  it('names the core member of an ending circle’s meetings; a meeting whose core member is limited for the viewer is a redacted row, and their circle is not offered (ADR 0023)', async () => {
    const ended = await startedCircle(coordinator, provider)
    const limited = await startedCircle(coordinator, provider)
    const [m1, m2] = [await meeting(ended.id, inDays(3)), await meeting(limited.id, inDays(4))]
    await ending(ended.id, inDays(10))
    const other = await createUser(prisma, { agencyId: provider.id, roles: ['COSA_COORDINATOR'] })
    await prisma.accessRestriction.create({ data: { offenderId: limited.coreMemberId, kind: 'RESTRICTION', userId: other.id, reason: 'High-profile case' } })
    const rota = await getRota(coordinator)
    const rows = new Map(shown(rota.meetings).map((m) => [m.id, m.coreMember]))
    const person = await prisma.offender.findUniqueOrThrow({ where: { id: ended.coreMemberId } })
    const hidden = await prisma.offender.findUniqueOrThrow({ where: { id: limited.coreMemberId } })
    expect(rows.get(m1.id)).toEqual({ crn: person.crn, name: `${person.firstName} ${person.lastName}` })
    // The limited circle's meeting keeps its place and staffing, with no id (issue 17 defect 6 as a kind).
    expect(rota.meetings.filter((m) => m.restricted)).toContainEqual({ restricted: true, startsAt: m2.startsAt, confirmed: 0, pending: 0, needsCover: 0 })
    for (const secret of [hidden.crn, limited.id, m2.id]) expect(JSON.stringify(rota)).not.toContain(secret)
    // Nor is their circle among those a rota can be generated for: someone with access generates it.
    expect(rota.circles.map((c) => c.id)).not.toContain(limited.id)
  })
})
