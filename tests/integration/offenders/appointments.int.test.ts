import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { ZodError } from 'zod'
import { dateToLondonLocal } from '../../../src/lib/dates'
import { prisma } from '../../../src/server/db'
import { arrangeAppointment } from '../../../src/server/appointments/arrange-appointment'
import { findAppointmentsFor } from '../../../src/server/appointments/find-appointments'
import { cancelAppointment, rescheduleAppointment } from '../../../src/server/appointments/change-appointment'
import { recordOutcome } from '../../../src/server/appointments/record-outcome'
import { createContact } from '../../factories'
import { buildWorld, type World } from '../../support/world'

let w: World
beforeAll(async () => {
  w = await buildWorld()
})

const at = (days: number) => dateToLondonLocal(new Date(Date.now() + days * 24 * 3600 * 1000))
// Each appointment two hours after the last, so the same person is never booked twice at once (the diary's clash
// check); `confirm` accepts whatever bank holiday the run date lands on (tests/integration/diary covers the checks).
let slot = 0
const arrange = (extra: Record<string, unknown> = {}) =>
  arrangeAppointment(w.actors.officer, { offenderId: w.people.mine.id, occurredAt: at(3 + slot++ / 12), location: 'Cardiff probation office', notes: 'Supervision', confirm: 'on', idempotencyKey: randomUUID(), ...extra })
const move = (days: number) => ({ occurredAt: at(days), location: 'Cardiff probation office', confirm: 'on' })
const pastAppointment = () => createContact(prisma, { offenderId: w.people.mine.id, type: 'APPOINTMENT', occurredAt: new Date(Date.now() - 3600_000), notes: 'Supervision', authorId: w.staff.officer.id, authorAgencyId: w.nps.id })

describe('appointments', () => {
  it('are listed to whoever may read the record, changeable or not; never to someone out of scope (walk 50 F1)', async () => {
    const { id } = await arrange()
    const past = await pastAppointment()
    // The colleague reads the team's case but may not change it: the appointments are still there to read.
    const forColleague = await findAppointmentsFor(w.actors.colleague, w.people.mine.id)
    expect(forColleague!.upcoming.map((a) => a.id)).toContain(id)
    expect(forColleague!.awaitingOutcome.map((a) => a.id)).toContain(past.id)
    expect(await findAppointmentsFor(w.actors.northOfficer, w.people.mine.id)).toEqual(expect.objectContaining({ upcoming: [], awaitingOutcome: [] }))
    await cancelAppointment(w.actors.officer, { contactId: id, version: 1, cancelReason: 'Listed test done' })
  })

  it('arranges, reschedules and cancels a future appointment, auditing each step', async () => {
    const { id } = await arrange()
    await rescheduleAppointment(w.actors.officer, { contactId: id, version: 1, ...move(5) })
    await cancelAppointment(w.actors.officer, { contactId: id, version: 2, cancelReason: 'Person in hospital' })
    const saved = await prisma.contact.findUniqueOrThrow({ where: { id } })
    expect(saved).toMatchObject({ cancelReason: 'Person in hospital', version: 3 })
    const actions = (await prisma.auditEvent.findMany({ where: { subjectId: id }, orderBy: { id: 'asc' } })).map((e) => e.action)
    expect(actions).toEqual(['appointment.arrange', 'appointment.reschedule', 'appointment.cancel'])
  })

  it('refuses the past for arranging, a cancel without reason, and stale versions; nothing is saved', async () => {
    const before = await prisma.contact.count({ where: { offenderId: w.people.mine.id } })
    await expect(arrange({ occurredAt: at(-1) })).rejects.toBeInstanceOf(ZodError)
    expect(await prisma.contact.count({ where: { offenderId: w.people.mine.id } })).toBe(before)
    const { id } = await arrange()
    await expect(cancelAppointment(w.actors.officer, { contactId: id, version: 1, cancelReason: '' })).rejects.toBeInstanceOf(ZodError)
    await rescheduleAppointment(w.actors.officer, { contactId: id, version: 1, ...move(6) })
    await expect(rescheduleAppointment(w.actors.officer, { contactId: id, version: 1, ...move(7) })).rejects.toMatchObject({ code: 'CONFLICT' })
  })

  it('refuses a move to the time, length and place already booked, saving nothing (walk 55 F5)', async () => {
    const occurredAt = at(9)
    const { id } = await arrange({ occurredAt, durationMinutes: 45 })
    const same = { contactId: id, version: 1, occurredAt, durationMinutes: 45, location: 'Cardiff probation office', confirm: 'on' }
    await expect(rescheduleAppointment(w.actors.officer, same)).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { occurredAt: ['rescheduleUnchanged'] } })
    expect(await prisma.contact.findUniqueOrThrow({ where: { id } })).toMatchObject({ version: 1 })
    // The same time sent with seconds, and the same place in other case and spacing, are still no move (break 56 F3, F4).
    const restated = { ...same, occurredAt: `${occurredAt}:00`, location: '  cardiff   PROBATION office ' }
    await expect(rescheduleAppointment(w.actors.officer, restated)).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { occurredAt: ['rescheduleUnchanged'] } })
    expect(await prisma.contact.findUniqueOrThrow({ where: { id } })).toMatchObject({ version: 1 })
    // Any one of the three changed is a move.
    await rescheduleAppointment(w.actors.officer, { ...same, durationMinutes: 60 })
    expect(await prisma.contact.findUniqueOrThrow({ where: { id } })).toMatchObject({ version: 2, durationMinutes: 60 })
  })

  it('keeps team colleagues read-only and other areas out', async () => {
    const { id } = await arrange()
    await expect(rescheduleAppointment(w.actors.colleague, { contactId: id, version: 1, ...move(4) })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(cancelAppointment(w.actors.northOfficer, { contactId: id, version: 1, cancelReason: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(arrangeAppointment(w.actors.police, { offenderId: w.people.mine.id, occurredAt: at(3), notes: 'x', idempotencyKey: randomUUID() })).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })

  it('records an outcome only once the appointment has happened; an acceptable absence needs a reason', async () => {
    const { id: future } = await arrange()
    await expect(recordOutcome(w.actors.officer, { contactId: future, version: 1, outcome: 'ATTENDED' })).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { outcome: ['outcomeInFuture'] } })
    const past = await pastAppointment()
    const noReason = await recordOutcome(w.actors.officer, { contactId: past.id, version: 1, outcome: 'ACCEPTABLE_ABSENCE' }).catch((e: unknown) => e)
    expect((noReason as ZodError).issues[0]).toMatchObject({ path: ['absenceReason'], message: 'reasonRequired' })
    const result = await recordOutcome(w.actors.officer, { contactId: past.id, version: 1, outcome: 'ACCEPTABLE_ABSENCE', absenceReason: 'GP letter' })
    expect(result.enforcementId).toBeNull()
    await expect(recordOutcome(w.actors.officer, { contactId: past.id, version: 2, outcome: 'ATTENDED' })).rejects.toMatchObject({ code: 'VALIDATION' })
  })

  it('opens an enforcement record when someone fails to attend', async () => {
    const past = await pastAppointment()
    const { enforcementId } = await recordOutcome(w.actors.officer, { contactId: past.id, version: 1, outcome: 'FAILED_TO_ATTEND' })
    expect(await prisma.enforcementAction.findUniqueOrThrow({ where: { id: enforcementId! } })).toMatchObject({ status: 'AWAITING_DECISION', failureContactId: past.id })
  })
})
