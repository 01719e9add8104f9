import { prisma } from '../../src/server/db'
import { scheduleMeeting } from '../../src/server/mappa/meetings'
import { acknowledgeStatement } from '../../src/server/mappa/run-meeting'
import { buildWorld, type World } from './world'

const DAY = 86_400_000
/** A UTC calendar day `offset` days from now, as `YYYY-MM-DD` (the meeting form's date part). */
export const isoDay = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10)

/** The meeting's current optimistic-lock version, as an agenda form would send it. */
export const meetingVersion = async (meetingId: string) => (await prisma.mappaMeeting.findUniqueOrThrow({ where: { id: meetingId } })).version

/**
 * Marks the meeting's agenda sent to the invited agencies, as publishing it does, whatever its agenda lists now: tests
 * that list nominals by hand and then run the meeting need it, since a meeting is held only on a published agenda
 * (walk 20, D7). Resolves when done.
 */
export const agendaSent = (meetingId: string) => prisma.mappaMeeting.update({ where: { id: meetingId }, data: { status: 'PUBLISHED', publishedAt: new Date() } }).then(() => undefined)

/**
 * Schedules a level 2 meeting chaired by the world's MAPPA chair at `startsAt` (a London `YYYY-MM-DDTHH:MM`) in
 * Cardiff Bay, the probation service invited (or `coreAgencyIds`), its agenda sent (agendaSent) unless `sent` is false.
 * Resolves to the meeting's id.
 */
export const scheduleLevel2 = async (w: World, startsAt: string, coreAgencyIds: string[] = [w.nps.id], { sent = true } = {}) => {
  const { id } = await scheduleMeeting(w.actors.mappa, { level: '2', startsAt, venue: 'Cardiff Bay', chairId: w.staff.mappa.id, coreAgencyIds, dutyToCooperateAgencyIds: [] })
  if (sent) await agendaSent(id)
  return id
}

/**
 * The set-up the MAPPA agenda tests share: a fresh world in which two people (mappaCardiff, otherTeam) are level 2,
 * category 1 South Wales nominals whose reviews are not due for 200 days, so building an agenda lists neither and each
 * joins one only when added. `schedule` is `scheduleLevel2` in that world.
 */
export async function agendaWorld() {
  const w: World = await buildWorld()
  for (const person of [w.people.mappaCardiff, w.people.otherTeam]) {
    await prisma.mappaNominal.create({ data: { offenderId: person.id, category: 1, level: 2, area: 'SOUTH_WALES', leadAgencyId: w.nps.id, startDate: new Date('2026-01-01'), nextReviewDate: new Date(`${isoDay(200)}T00:00:00Z`) } })
  }
  // Not sent: the agenda tests add, move and publish.
  const schedule = (startsAt: string, coreAgencyIds?: string[]) => scheduleLevel2(w, startsAt, coreAgencyIds, { sent: false })
  return { w, schedule }
}

/**
 * The world's restricted person (only the senior is on their restriction list) as a nominal of South Wales, listed
 * first on a meeting held an hour ago on a published agenda, run by the world's MAPPA coordinator, probation and police
 * invited and, with `policePresent`, the police officer marked present (so they read its agenda): the redacted agenda
 * item every test of it starts from (ADR 0023). Input: the world, the nominal's level, category and next review.
 * Output: { meetingId, itemId, nominalId }.
 */
export async function restrictedAgendaItem(w: World, nominal = { level: 2, category: 2, nextReviewDate: new Date('2027-02-01T00:00:00Z') }, { policePresent = true } = {}) {
  const offenderId = w.people.restricted.id
  const { id: nominalId } = await prisma.mappaNominal.create({ data: { offenderId, ...nominal, area: 'SOUTH_WALES', leadAgencyId: w.nps.id, startDate: new Date('2026-01-01T00:00:00Z') } })
  const { id: meetingId } = await prisma.mappaMeeting.create({
    data: { area: 'SOUTH_WALES', level: nominal.level, startsAt: new Date(Date.now() - 3_600_000), chairId: w.staff.mappa.id, coordinatorId: w.staff.mappa.id, status: 'PUBLISHED', publishedAt: new Date(Date.now() - DAY) },
  })
  await prisma.mappaInvitation.createMany({ data: [{ meetingId, agencyId: w.nps.id, kind: 'CORE' }, { meetingId, agencyId: w.police.id, kind: 'CORE' }] })
  if (policePresent) await prisma.mappaAttendance.create({ data: { meetingId, agencyId: w.police.id, userId: w.staff.police.id, name: 'Police', status: 'PRESENT' } })
  const { id: itemId } = await prisma.mappaAgendaItem.create({ data: { meetingId, offenderId, nominalId, reason: 'REVIEW', position: 1, status: 'LISTED' } })
  return { meetingId, itemId, nominalId }
}

/**
 * A level 2 meeting held yesterday at 10:00 whose agenda lists one nominal, the world's mappaCardiff (due for review),
 * its statement read, so each of its items can be recorded. Input: the world. Output: the meeting's id.
 */
export async function heldMeetingOfOne(w: World): Promise<string> {
  await prisma.mappaNominal.create({ data: { offenderId: w.people.mappaCardiff.id, category: 1, level: 2, area: 'SOUTH_WALES', leadAgencyId: w.nps.id, startDate: new Date('2026-01-01'), nextReviewDate: new Date(`${isoDay(-1)}T00:00:00Z`) } })
  const { id } = await scheduleMeeting(w.actors.mappa, { level: '2', startsAt: `${isoDay(-1)}T10:00`, venue: 'Cardiff Bay', chairId: w.staff.mappa.id, coreAgencyIds: [w.nps.id, w.police.id], dutyToCooperateAgencyIds: [] })
  await acknowledgeStatement(w.actors.mappa, { confirm: 'on', meetingId: id })
  return id
}
