import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { dateToLondonLocal } from '../../../src/lib/dates'
import { prisma } from '../../../src/server/db'
import { arrangeAppointment } from '../../../src/server/appointments/arrange-appointment'
import { recordOutcome } from '../../../src/server/appointments/record-outcome'
import { createContact } from '../../../src/server/contacts/create-contact'
import { updateContact } from '../../../src/server/contacts/update-contact'
import { decideEnforcement } from '../../../src/server/enforcement/decide-enforcement'
import type { Actor } from '../../../src/server/policy'
import { buildWorld, type World } from '../../support/world'
import { failureToAttend, pastAppointment, refusedFields } from './support'

// Written out here, not imported: the test must not follow the code if someone shortens the list.
const ENFORCEMENT_OUTCOMES = ['FAILED_TO_ATTEND', 'ACCEPTABLE_ABSENCE', 'WARNING', 'BREACH', 'RECALL'] as const

let w: World
let writers: { role: string; actor: Actor; offenderId: string }[]
beforeAll(async () => {
  w = await buildWorld()
  // Every role holding contact.create, each on a person it may write to (partners write to referrals only, and since
  // issue 15 item 15 hold no contact.create at all).
  writers = [
    { role: 'probation officer', actor: w.actors.officer, offenderId: w.people.mine.id },
    { role: 'senior probation officer', actor: w.actors.senior, offenderId: w.people.mine.id },
    { role: 'police offender manager', actor: w.actors.police, offenderId: w.people.mappaCardiff.id },
    { role: 'MAPPA coordinator', actor: w.actors.mappa, offenderId: w.people.mappaCardiff.id },
  ]
})

const past = () => dateToLondonLocal(new Date(Date.now() - 2 * 86_400_000))
const contact = (offenderId: string, extra: Record<string, unknown> = {}) => ({
  offenderId,
  type: 'HOME_VISIT',
  occurredAt: past(),
  notes: 'Home visit; spoke to him on the doorstep.',
  idempotencyKey: randomUUID(),
  ...extra,
})
const snapshot = async () => ({
  contacts: await prisma.contact.count(),
  audit: await prisma.auditEvent.count({ where: { action: { in: ['contact.create', 'contact.update'] } } }),
})

describe('a free contact never carries an enforcement outcome (issue 13)', () => {
  it('lets the roles that write contacts record an ordinary home visit (the control)', async () => {
    for (const { actor, offenderId } of writers) {
      await expect(createContact(actor, contact(offenderId, { outcome: 'ATTENDED' }))).resolves.toMatchObject({ offenderId })
    }
  })

  it.each(ENFORCEMENT_OUTCOMES)('refuses %s on a home visit for every role, naming the outcome field, and saves nothing', async (outcome) => {
    for (const { role, actor, offenderId } of writers) {
      const before = await snapshot()
      expect(await refusedFields(createContact(actor, contact(offenderId, { outcome }))), role).toContain('outcome')
      expect(await snapshot(), role).toEqual(before)
    }
  })

  it.each(['CASE_NOTE', 'PHONE_CALL', 'PARTNER_UPDATE', 'LETTER'])('refuses an enforcement outcome on a %s too', async (type) => {
    const before = await snapshot()
    for (const outcome of ENFORCEMENT_OUTCOMES) {
      expect(await refusedFields(createContact(w.actors.officer, contact(w.people.mine.id, { type, outcome })))).toContain('outcome')
    }
    expect(await snapshot()).toEqual(before)
  })

  it('refuses a free contact of type appointment, past or future, with or without an outcome: appointments go through the appointment flow', async () => {
    for (const { role, actor, offenderId } of writers) {
      const before = await snapshot()
      for (const extra of [{ outcome: 'FAILED_TO_ATTEND' }, { outcome: 'ATTENDED' }, {}, { occurredAt: '2099-01-01T10:00' }]) {
        expect(await refusedFields(createContact(actor, contact(offenderId, { type: 'APPOINTMENT', ...extra }))), role).toContain('type')
      }
      expect(await snapshot(), role).toEqual(before)
    }
  })

  it('refuses a raw POST that smuggles an outcome into an edit, for every role that edits, and changes nothing', async () => {
    for (const { role, actor, offenderId } of writers) {
      const { id } = await createContact(actor, contact(offenderId, { type: 'PHONE_CALL' }))
      for (const outcome of ENFORCEMENT_OUTCOMES) {
        const before = await snapshot()
        expect(await refusedFields(updateContact(actor, { contactId: id, version: 1, notes: 'Changed', outcome })), role).toContain('outcome')
        expect(await snapshot(), role).toEqual(before)
      }
      expect(await prisma.contact.findUniqueOrThrow({ where: { id } }), role).toMatchObject({ outcome: null, version: 1, notes: 'Home visit; spoke to him on the doorstep.' })
    }
  })

  it('refuses the free edit of a contact the appointment or enforcement flow wrote (failure to attend, warning)', async () => {
    const enforcementId = await failureToAttend(w, w.actors.officer, w.people.mine.id)
    const failure = await prisma.enforcementAction.findUniqueOrThrow({ where: { id: enforcementId }, select: { failureContact: { select: { id: true, version: true, notes: true } } } })
    await decideEnforcement(w.actors.officer, { enforcementId, version: 1, kind: 'WARNING', reason: 'First failure; warning letter sent.' })
    const warning = await prisma.contact.findFirstOrThrow({ where: { offenderId: w.people.mine.id, outcome: 'WARNING' }, orderBy: { createdAt: 'desc' } })
    for (const c of [failure.failureContact, warning]) {
      const before = await snapshot()
      expect(await refusedFields(updateContact(w.actors.officer, { contactId: c.id, version: c.version, notes: 'Rewritten' }))).toContain('_form')
      expect(await snapshot()).toEqual(before)
      expect((await prisma.contact.findUniqueOrThrow({ where: { id: c.id } })).notes).toBe(c.notes)
    }
  })
})

describe('the database keeps enforcement outcomes on the types only the flows write', () => {
  it.each([
    ['HOME_VISIT', 'RECALL'],
    ['HOME_VISIT', 'FAILED_TO_ATTEND'],
    ['PHONE_CALL', 'BREACH'],
    ['CASE_NOTE', 'ACCEPTABLE_ABSENCE'],
  ] as const)('refuses a %s carrying %s even from code that skips the domain layer', async (type, outcome) => {
    const before = await prisma.contact.count()
    await expect(prisma.contact.create({ data: { offenderId: w.people.mine.id, type, outcome, occurredAt: new Date(), notes: 'x', authorId: w.staff.officer.id, authorAgencyId: w.nps.id } })).rejects.toThrow(/Contact_enforcement_outcome_type_check/)
    expect(await prisma.contact.count()).toBe(before)
  })
})

describe('the appointment outcome flow still records outcomes and opens enforcement', () => {
  it('arranges an appointment, and a failure to attend opens the enforcement decision; an acceptable absence does not', async () => {
    const arranged = await arrangeAppointment(w.actors.officer, { offenderId: w.people.mine.id, occurredAt: '2099-03-01T10:00', location: 'Cardiff probation office', notes: 'Supervision', idempotencyKey: randomUUID() })
    expect(await prisma.contact.findUniqueOrThrow({ where: { id: arranged.id } })).toMatchObject({ type: 'APPOINTMENT', outcome: null })
    const missed = await pastAppointment(w, w.people.mine.id, new Date(Date.now() - 3600_000))
    const result = await recordOutcome(w.actors.officer, { contactId: missed.id, version: 1, outcome: 'FAILED_TO_ATTEND' })
    expect(await prisma.enforcementAction.findUniqueOrThrow({ where: { id: result.enforcementId! } })).toMatchObject({ status: 'AWAITING_DECISION', failureContactId: missed.id })
    const excused = await pastAppointment(w, w.people.mine.id, new Date(Date.now() - 3600_000))
    await expect(recordOutcome(w.actors.officer, { contactId: excused.id, version: 1, outcome: 'ACCEPTABLE_ABSENCE', absenceReason: 'In hospital' })).resolves.toMatchObject({ enforcementId: null })
  })
})
