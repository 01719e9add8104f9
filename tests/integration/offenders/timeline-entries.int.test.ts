import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { findTimeline } from '../../../src/server/contacts/find-timeline'
import { createContact } from '../../factories'
import { buildWorld, type World } from '../../support/world'

// A timeline contact's every field, read in one SQL query since issue 18 item 1: the values below are what the
// earlier Prisma read (contactSelect with author and agency) returned for the same rows.
let w: World
let personId: string
const ids: Record<string, string> = {}

beforeAll(async () => {
  w = await buildWorld()
  personId = w.people.mappaCardiff.id // in the police cohort too: police read it without the sensitive grant
  const by = { offenderId: personId, authorId: w.staff.otherTeamOfficer.id, authorAgencyId: w.nps.id }
  ids.cancelled = (await createContact(prisma, {
    ...by, type: 'APPOINTMENT', occurredAt: new Date('2026-04-02T09:15:00.123Z'), notes: '50% of 100_000 \\ done', location: 'Cardiff office',
    cancelledAt: new Date('2026-04-01T08:00:00Z'), cancelReason: 'Illness', event: 'appointment.cancelled', eventValues: { by: 'officer', hours: 2 },
  })).id
  ids.absent = (await createContact(prisma, { ...by, type: 'APPOINTMENT', outcome: 'ACCEPTABLE_ABSENCE', absenceReason: 'Hospital', occurredAt: new Date('2026-04-03T09:00:00Z'), notes: 'Phoned ahead.' })).id
  ids.sensitive = (await createContact(prisma, { ...by, occurredAt: new Date('2026-04-04T09:00:00Z'), notes: 'Sensitive.', isSensitive: true })).id
})

describe('timeline contact entries', () => {
  it('carry every field with author and agency, newest first, and keep sensitive ones from roles without the grant', async () => {
    const common = { kind: 'contact', authorId: w.staff.otherTeamOfficer.id, author: { name: w.staff.otherTeamOfficer.name }, authorAgency: { name: w.nps.name, nameCy: w.nps.nameCy }, version: 1 }
    const cancelled = {
      ...common, id: ids.cancelled, type: 'APPOINTMENT', occurredAt: new Date('2026-04-02T09:15:00.123Z'), outcome: null, notes: '50% of 100_000 \\ done', event: 'appointment.cancelled',
      eventValues: { by: 'officer', hours: 2 }, isSensitive: false, location: 'Cardiff office', cancelledAt: new Date('2026-04-01T08:00:00Z'), cancelReason: 'Illness', absenceReason: null,
    }
    const absent = {
      ...common, id: ids.absent, type: 'APPOINTMENT', occurredAt: new Date('2026-04-03T09:00:00Z'), outcome: 'ACCEPTABLE_ABSENCE', notes: 'Phoned ahead.', event: null,
      eventValues: null, isSensitive: false, location: null, cancelledAt: null, cancelReason: null, absenceReason: 'Hospital',
    }
    const officer = await findTimeline(w.actors.otherTeamOfficer, { offenderId: personId })
    expect(officer.entries.map((e) => e.id)).toEqual([ids.sensitive, ids.absent, ids.cancelled])
    expect(officer.entries.slice(1)).toEqual([absent, cancelled])
    expect((await findTimeline(w.actors.police, { offenderId: personId })).entries).toEqual([absent, cancelled])
    expect((await findTimeline(w.actors.otherTeamOfficer, { offenderId: personId, q: '0% of 100_' })).entries).toEqual([cancelled])
    expect((await findTimeline(w.actors.otherTeamOfficer, { offenderId: personId, q: '0%_of' })).entries).toEqual([])
    expect((await findTimeline(w.actors.otherTeamOfficer, { offenderId: personId, before: `${absent.occurredAt.toISOString()}_${ids.absent}` })).entries).toEqual([cancelled])
  })
})
