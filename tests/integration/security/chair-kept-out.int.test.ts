import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { addAccessEntry, removeAccessEntry } from '../../../src/server/limited-access/change-access-list'
import { createOffender } from '../../factories'
import { buildWorld, type World } from '../../support/world'

// Walk 34 O4 (issue 17): a senior excluding a MAPPA chair from a person was not told that the person is on the agenda
// of a coming meeting that chair is to run, where the chair will see a restricted record and cannot hear the item.
const DAY = 86_400_000
let w: World
const meetings: string[] = []
beforeAll(async () => {
  w = await buildWorld()
})
afterAll(async () => {
  await prisma.mappaMeeting.deleteMany({ where: { id: { in: meetings } } })
})

async function listedAt(offenderId: string, chairId: string, status: 'SCHEDULED' | 'PUBLISHED' | 'FINALISED' | 'CANCELLED', inDays: number) {
  const m = await prisma.mappaMeeting.create({ data: { area: 'SOUTH_WALES', level: 2, startsAt: new Date(Date.now() + inDays * DAY), chairId, coordinatorId: w.staff.mappa.id, status, finalisedAt: status === 'FINALISED' ? new Date() : null } })
  meetings.push(m.id)
  await prisma.mappaAgendaItem.create({ data: { meetingId: m.id, offenderId, reason: 'REVIEW', position: 1 } })
  return m
}

describe('a change of the Limited Access lists that keeps a coming meeting’s chair out', () => {
  it('names the chair and the meeting, only for meetings still to be heard, and only when this change did it', async () => {
    const p = await createOffender(prisma, { responsibleAgencyId: w.nps.id, offenderManagerId: w.staff.officer.id, teamId: w.teamA.id, lduId: w.cardiff.id })
    const coming = await listedAt(p.id, w.staff.mappa.id, 'PUBLISHED', 5)
    await listedAt(p.id, w.staff.mappa.id, 'FINALISED', -20)
    await listedAt(p.id, w.staff.mappa.id, 'CANCELLED', 9)
    // Excluding someone who chairs nothing says nothing of meetings.
    expect((await addAccessEntry(w.actors.senior, { offenderId: p.id, kind: 'EXCLUSION', userId: w.staff.colleague.id, reason: 'Neighbour' })).chairKeptOutOf).toEqual([])
    const excluded = await addAccessEntry(w.actors.senior, { offenderId: p.id, kind: 'EXCLUSION', userId: w.staff.mappa.id, reason: 'Related to the victim' })
    expect(excluded.chairKeptOutOf).toEqual([{ startsAt: coming.startsAt, chairName: w.staff.mappa.name }])
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'offender.access.add', offenderId: p.id, detail: { path: ['userId'], equals: w.staff.mappa.id } } })
    expect(audit.detail).toMatchObject({ chairKeptOutOf: [coming.id] })
    // A restriction list begun while the chair is already excluded does not tell of them again (naming someone not
    // excluded: no one is on both lists, break 72 F6).
    expect((await addAccessEntry(w.actors.senior, { offenderId: p.id, kind: 'RESTRICTION', userId: w.staff.otherSenior.id, reason: 'High profile' })).chairKeptOutOf).toEqual([])
    // Off the exclusion list, the chair is still kept out by the restriction list: nothing new, so nothing said.
    const entry = await prisma.accessRestriction.findFirstOrThrow({ where: { offenderId: p.id, kind: 'EXCLUSION', userId: w.staff.mappa.id } })
    expect((await removeAccessEntry(w.actors.senior, { offenderId: p.id, entryId: entry.id, reason: 'Not related after all' })).chairKeptOutOf).toEqual([])
    // An item already heard is no longer waiting for its chair.
    await prisma.mappaAgendaItem.updateMany({ where: { meetingId: coming.id }, data: { recordedAt: new Date() } })
    const second = await createOffender(prisma, { responsibleAgencyId: w.nps.id, offenderManagerId: w.staff.officer.id, teamId: w.teamA.id, lduId: w.cardiff.id })
    const heard = await listedAt(second.id, w.staff.mappa.id, 'SCHEDULED', 3)
    await prisma.mappaAgendaItem.updateMany({ where: { meetingId: heard.id }, data: { recordedAt: new Date() } })
    expect((await addAccessEntry(w.actors.senior, { offenderId: second.id, kind: 'EXCLUSION', userId: w.staff.mappa.id, reason: 'Related' })).chairKeptOutOf).toEqual([])
  })
})
