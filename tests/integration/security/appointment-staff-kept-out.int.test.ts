import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { addAccessEntry, removeAccessEntry } from '../../../src/server/limited-access/change-access-list'
import { mergeOffenders } from '../../../src/server/offenders/merge-offenders'
import { createContact, createOffender } from '../../factories'
import { buildWorld, type World } from '../../support/world'

// Break 65 F5: a senior excluding an officer who is to see the person at a coming appointment was told nothing, while
// the appointment silently left the officer's diary, so nobody would attend it.
const DAY = 86_400_000
let w: World
beforeAll(async () => {
  w = await buildWorld()
})

const inTeamA = () => createOffender(prisma, { responsibleAgencyId: w.nps.id, offenderManagerId: w.staff.officer.id, teamId: w.teamA.id, lduId: w.cardiff.id })
const appointment = (offenderId: string, staffId: string, inDays: number, extra: { cancelledAt?: Date; outcomeRecordedAt?: Date } = {}) =>
  createContact(prisma, { offenderId, type: 'APPOINTMENT', appointmentType: 'OFFICE', durationMinutes: 60, location: 'Cardiff office', notes: 'Supervision', occurredAt: new Date(Date.now() + inDays * DAY), staffId, authorId: w.staff.officer.id, authorAgencyId: w.nps.id, ...extra })

describe('a change of the Limited Access lists that keeps a coming appointment’s staff member out', () => {
  it('names and audits the coming appointments of the one excluded, soonest first, and no others', async () => {
    const p = await inTeamA()
    const later = await appointment(p.id, w.staff.colleague.id, 9)
    const sooner = await appointment(p.id, w.staff.colleague.id, 2)
    await appointment(p.id, w.staff.colleague.id, -3)
    await appointment(p.id, w.staff.colleague.id, 4, { cancelledAt: new Date() })
    await appointment(p.id, w.staff.colleague.id, 5, { outcomeRecordedAt: new Date() })
    await appointment(p.id, w.staff.officer.id, 6)
    const excluded = await addAccessEntry(w.actors.senior, { offenderId: p.id, kind: 'EXCLUSION', userId: w.staff.colleague.id, reason: 'Neighbour' })
    expect(excluded.staffKeptOutOf).toEqual([
      { contactId: sooner.id, startsAt: sooner.occurredAt, staffName: w.staff.colleague.name },
      { contactId: later.id, startsAt: later.occurredAt, staffName: w.staff.colleague.name },
    ])
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'offender.access.add', offenderId: p.id, detail: { path: ['userId'], equals: w.staff.colleague.id } } })
    expect(audit.detail).toMatchObject({ staffKeptOutOf: [sooner.id, later.id] })
    // Already kept out: a restriction list begun afterwards does not name them again.
    expect((await addAccessEntry(w.actors.senior, { offenderId: p.id, kind: 'RESTRICTION', userId: w.staff.otherSenior.id, reason: 'High profile' })).staffKeptOutOf).toEqual([])
  })

  it('names the appointment of staff a restriction list leaves off it', async () => {
    const p = await inTeamA()
    const coming = await appointment(p.id, w.staff.colleague.id, 3)
    const restricted = await addAccessEntry(w.actors.senior, { offenderId: p.id, kind: 'RESTRICTION', userId: w.staff.otherSenior.id, reason: 'High profile' })
    expect(restricted.staffKeptOutOf).toEqual([{ contactId: coming.id, startsAt: coming.occurredAt, staffName: w.staff.colleague.name }])
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'offender.access.add', offenderId: p.id, detail: { path: ['userId'], equals: w.staff.otherSenior.id } } })
    expect(audit.detail).toMatchObject({ staffKeptOutOf: [coming.id] })
  })

  it('names the appointment when a merge brings an exclusion of its staff member to the person', async () => {
    const keep = await inTeamA()
    const duplicate = await inTeamA()
    const coming = await appointment(keep.id, w.staff.colleague.id, 4)
    await prisma.accessRestriction.create({ data: { offenderId: duplicate.id, kind: 'EXCLUSION', userId: w.staff.colleague.id, reason: 'Knows the family', createdById: w.staff.senior.id } })
    const merged = await mergeOffenders(w.actors.senior, { keepId: keep.id, mergeCrn: duplicate.crn, reason: 'Same person: matching PNC' })
    expect(merged.staffKeptOutOf).toEqual([{ contactId: coming.id, startsAt: coming.occurredAt, staffName: w.staff.colleague.name }])
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'offender.merge', offenderId: keep.id } })
    expect(audit.detail).toMatchObject({ staffKeptOutOf: [coming.id] })
  })

  it('names the appointment of staff taken off a restriction list, which keeps them out (review 65b T3)', async () => {
    const p = await inTeamA()
    const coming = await appointment(p.id, w.staff.colleague.id, 5)
    await addAccessEntry(w.actors.senior, { offenderId: p.id, kind: 'RESTRICTION', userId: w.staff.colleague.id, reason: 'Works the case' })
    const entry = await prisma.accessRestriction.findFirstOrThrow({ where: { offenderId: p.id, kind: 'RESTRICTION', userId: w.staff.colleague.id } })
    const removed = await removeAccessEntry(w.actors.senior, { offenderId: p.id, entryId: entry.id, reason: 'Moved to another team' })
    expect(removed.staffKeptOutOf).toEqual([{ contactId: coming.id, startsAt: coming.occurredAt, staffName: w.staff.colleague.name }])
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'offender.access.remove', offenderId: p.id } })
    expect(audit.detail).toMatchObject({ staffKeptOutOf: [coming.id] })
  })
})
