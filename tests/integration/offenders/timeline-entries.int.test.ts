import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { findTimeline } from '../../../src/server/contacts/find-timeline'
import type { Actor } from '../../../src/server/policy'
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
  const sentence = await prisma.sentence.create({ data: { offenderId: personId, type: 'SUSPENDED_SENTENCE_ORDER', indexOffence: 'Theft', startDate: new Date('2026-01-01'), expectedEndDate: new Date('2027-01-01') } })
  ids.event = (await prisma.sentenceEvent.create({ data: { sentenceId: sentence.id, offenderId: personId, type: 'EXTENDED', values: { hours: 40, court: 'Cardiff' }, actorId: w.staff.police.id, occurredAt: new Date('2026-03-01T00:00:00Z') } })).id
  ids.conviction = (await prisma.provenOffence.create({
    data: {
      offenderId: personId, offenceDate: new Date('2026-02-10'), provenOn: new Date('2026-02-20'), disposal: 'CONVICTION', category: 'VIOLENCE', sentenceType: 'CUSTODY', description: 'Assault 10% _x_',
      recordedById: w.staff.otherTeamOfficer.id, recordedAgencyId: w.police.id, idempotencyKey: `timeline-${personId}`, occurredAt: new Date('2026-02-20T00:00:00Z'),
    },
  })).id
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
    // From April: the contacts only (the court entries below are older).
    const april = (actor: Actor, extra: Record<string, string> = {}) => findTimeline(actor, { offenderId: personId, from: '2026-04-01', ...extra })
    const officer = await april(w.actors.otherTeamOfficer)
    expect(officer.entries.map((e) => e.id)).toEqual([ids.sensitive, ids.absent, ids.cancelled])
    expect(officer.entries.slice(1)).toEqual([absent, cancelled])
    expect((await april(w.actors.police)).entries).toEqual([absent, cancelled])
    expect((await april(w.actors.otherTeamOfficer, { q: '0% of 100_' })).entries).toEqual([cancelled])
    expect((await april(w.actors.otherTeamOfficer, { q: '0%_of' })).entries).toEqual([])
    expect((await april(w.actors.otherTeamOfficer, { before: `${absent.occurredAt.toISOString()}_${ids.absent}` })).entries).toEqual([cancelled])
  })

  it('carry sentence events and further convictions with their author, agency and filters', async () => {
    const event = { kind: 'sentence', id: ids.event, type: 'EXTENDED', values: { hours: 40, court: 'Cardiff' }, occurredAt: new Date('2026-03-01T00:00:00Z'), sentenceType: 'SUSPENDED_SENTENCE_ORDER', author: { name: w.staff.police.name, agency: { name: w.police.name, nameCy: w.police.nameCy } } }
    const conviction = {
      kind: 'conviction', id: ids.conviction, occurredAt: new Date('2026-02-20T00:00:00Z'), offenceDate: new Date('2026-02-10'), category: 'VIOLENCE', disposal: 'CONVICTION', sentenceType: 'CUSTODY',
      description: 'Assault 10% _x_', author: { name: w.staff.otherTeamOfficer.name, agency: { name: w.nps.name, nameCy: w.nps.nameCy } }, recordedAgency: { name: w.police.name, nameCy: w.police.nameCy },
    }
    const court = (extra: Record<string, string>) => findTimeline(w.actors.police, { offenderId: personId, type: 'COURT', ...extra })
    expect((await court({})).entries).toEqual([event, conviction])
    expect((await court({ agencyId: w.police.id })).entries).toEqual([event, conviction])
    expect((await court({ agencyId: w.nps.id })).entries).toEqual([])
    expect((await court({ q: '10% _X' })).entries).toEqual([conviction])
    expect((await court({ q: '10%%' })).entries).toEqual([])
    expect((await court({ before: `${event.occurredAt.toISOString()}_${ids.event}` })).entries).toEqual([conviction])
    expect((await court({ from: '2026-03-01', to: '2026-03-01' })).entries).toEqual([event])
  })
})
