import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { ZodError } from 'zod'
import { dateToLondonLocal } from '../../../src/lib/dates'
import { prisma } from '../../../src/server/db'
import { createContact } from '../../../src/server/contacts/create-contact'
import { updateContact } from '../../../src/server/contacts/update-contact'
import { getOffender } from '../../../src/server/offenders/get-offender'
import { buildWorld, type World } from '../../support/world'

let w: World
beforeAll(async () => {
  w = await buildWorld()
})

const now = () => dateToLondonLocal(new Date())
// Each call its own note: the same contact at the same minute again is refused as sent from a second tab (break 17 F5).
const input = (offenderId: string, extra: Record<string, unknown> = {}) => ({
  offenderId,
  type: 'PHONE_CALL',
  occurredAt: now(),
  notes: `Discussed accommodation plans (${randomUUID().slice(0, 8)}).`,
  idempotencyKey: randomUUID(),
  ...extra,
})
const contactsOf = (offenderId: string) => prisma.contact.count({ where: { offenderId } })

describe('createContact', () => {
  it('adds a contact with the author’s agency and an audit row in the same transaction', async () => {
    const { id } = await createContact(w.actors.officer, input(w.people.mine.id, { isSensitive: 'on' }))
    const saved = await prisma.contact.findUniqueOrThrow({ where: { id } })
    expect(saved).toMatchObject({ authorId: w.staff.officer.id, authorAgencyId: w.nps.id, isSensitive: true })
    expect(await prisma.auditEvent.count({ where: { action: 'contact.create', subjectId: id, offenderId: w.people.mine.id } })).toBe(1)
  })

  it('creates one contact for a double submission (RL-2)', async () => {
    const same = input(w.people.mine.id)
    const before = await contactsOf(w.people.mine.id)
    const [a, b] = [await createContact(w.actors.officer, same), await createContact(w.actors.officer, same)]
    expect(a.id).toBe(b.id)
    expect(await contactsOf(w.people.mine.id)).toBe(before + 1)
  })

  it('is FORBIDDEN on a team case the officer may only read, NOT_FOUND out of scope, FORBIDDEN for a role without the grant', async () => {
    await expect(createContact(w.actors.officer, input(w.people.colleagues.id))).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(createContact(w.actors.officer, input(w.people.north.id))).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(createContact(w.actors.officer, input(w.people.excluded.id))).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(createContact(w.actors.manager, input(w.people.mine.id))).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect(await contactsOf(w.people.colleagues.id)).toBe(0)
    expect(await contactsOf(w.people.north.id)).toBe(0)
  })

  it.each([
    ['no type', { type: '' }, 'type'],
    ['empty notes', { notes: '   ' }, 'notes'],
    ['notes too long', { notes: 'x'.repeat(4001) }, 'notes'],
    ['an impossible date', { occurredAt: '2026-02-30T10:00' }, 'occurredAt'],
    ['a phone call in the future', { occurredAt: '2099-01-01T10:00' }, 'occurredAt'],
    ['an outcome on a phone call', { outcome: 'ATTENDED' }, 'outcome'],
    ['an outcome on a future home visit', { type: 'HOME_VISIT', occurredAt: '2099-01-01T10:00', outcome: 'ATTENDED' }, 'occurredAt'],
    ['an appointment (arranged through the appointment flow)', { type: 'APPOINTMENT', occurredAt: '2099-01-01T10:00' }, 'type'],
  ])('rejects %s, naming the field, and saves nothing', async (_label, bad, field) => {
    const before = await contactsOf(w.people.mine.id)
    const error = await createContact(w.actors.officer, input(w.people.mine.id, bad)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ZodError)
    expect((error as ZodError).issues.map((i) => i.path[0])).toContain(field)
    expect(await contactsOf(w.people.mine.id)).toBe(before)
  })

  it('accepts a home visit that took place, with its outcome', async () => {
    await expect(createContact(w.actors.officer, input(w.people.mine.id, { type: 'HOME_VISIT', outcome: 'ATTENDED' }))).resolves.toBeTruthy()
  })

  it('keeps sensitive contacts from roles without the grant (AC-4)', async () => {
    const secret = `SensitiveMarker-${randomUUID()}`
    await createContact(w.actors.otherTeamOfficer, input(w.people.mappaCardiff.id, { notes: secret, isSensitive: 'on' }))
    expect(JSON.stringify(await getOffender(w.actors.otherTeamOfficer, w.people.mappaCardiff.id))).toContain(secret)
    expect(JSON.stringify(await getOffender(w.actors.police, w.people.mappaCardiff.id))).not.toContain(secret)
  })
})

describe('updateContact (RL-1: no lost updates)', () => {
  it('saves against the current version and refuses a stale one with the other person’s text', async () => {
    const { id } = await createContact(w.actors.officer, input(w.people.mine.id, { notes: 'First version' }))
    const saved = await updateContact(w.actors.officer, { contactId: id, version: 1, notes: 'Second version' })
    expect(saved.version).toBe(2)
    const stale = updateContact(w.actors.officer, { contactId: id, version: 1, notes: 'Edit from an old tab' })
    await expect(stale).rejects.toMatchObject({ code: 'CONFLICT', details: { current: { notes: 'Second version', version: 2 }, shownByForm: true } })
    // With a wrong answer too (notes emptied), still told of the other save first (walk 61 F1).
    await expect(updateContact(w.actors.officer, { contactId: id, version: 1, notes: ' ' })).rejects.toMatchObject({ code: 'CONFLICT', details: { current: { notes: 'Second version', version: 2 }, shownByForm: true } })
    expect((await prisma.contact.findUniqueOrThrow({ where: { id } })).notes).toBe('Second version')
    expect(await prisma.auditEvent.count({ where: { action: 'contact.update', subjectId: id } })).toBe(1)
  })

  it('lets only the author edit', async () => {
    const { id } = await createContact(w.actors.officer, input(w.people.mine.id))
    await expect(updateContact(w.actors.senior, { contactId: id, version: 1, notes: 'Not mine' })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(updateContact(w.actors.northOfficer, { contactId: id, version: 1, notes: 'Not mine' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})
