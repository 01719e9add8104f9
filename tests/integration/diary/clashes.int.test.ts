import { ZodError } from 'zod'
import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { rescheduleAppointment } from '../../../src/server/appointments/change-appointment'
import { actorOf } from '../../support/actor'
import { createContact, createUser } from '../../factories'
import { buildWorld, type World } from '../../support/world'
import { offenderVisible } from '../../../src/server/policy'
import { arrange, day, easterMonday, failure, YEAR } from './support'

let w: World
beforeAll(async () => {
  w = await buildWorld()
})
const visibleTo = async (userId: string, offenderId: string) => {
  const viewer = await actorOf({ id: userId })
  return (await prisma.offender.count({ where: { AND: [{ id: offenderId }, offenderVisible(viewer)] } })) === 1
}
const count = () => prisma.contact.count({ where: { type: 'APPOINTMENT', offenderId: { in: [w.people.mine.id, w.people.colleagues.id] } } })

describe('clash checks when arranging', () => {
  it('refuses the same person at an overlapping time, even confirmed; touching times are fine', async () => {
    await arrange(w.actors.officer, w.people.mine.id, `${day(3)}T09:00`)
    const before = await count()
    const e = await failure(arrange(w.actors.officer, w.people.mine.id, `${day(3)}T09:59`, { durationMinutes: '30', confirm: 'on' }))
    expect(e).toMatchObject({ code: 'VALIDATION', fieldErrors: { occurredAt: ['samePersonClash'] } })
    expect(await count()).toBe(before)
    await arrange(w.actors.officer, w.people.mine.id, `${day(3)}T10:00`)
    expect(await count()).toBe(before + 1)
  })

  it("warns about the staff member's other appointment and saves only once confirmed", async () => {
    await arrange(w.actors.officer, w.people.mine.id, `${day(4)}T09:00`)
    const before = await count()
    // The senior books the officer to see a colleague's person at 09:30: a clash in the officer's diary.
    const booking = { staffId: w.staff.officer.id, durationMinutes: '45' }
    const e = await failure(arrange(w.actors.senior, w.people.colleagues.id, `${day(4)}T09:30`, booking))
    expect(e).toMatchObject({ code: 'VALIDATION', fieldErrors: { confirm: ['confirmClashes'] } })
    expect(e.details).toEqual({ clashes: [{ at: `${day(4)}T09:00:00.000Z`, durationMinutes: 60, crn: w.people.mine.crn }], bankHoliday: null })
    expect(await count()).toBe(before)
    const saved = await arrange(w.actors.senior, w.people.colleagues.id, `${day(4)}T09:30`, { ...booking, confirm: 'on' })
    expect(await prisma.contact.findUniqueOrThrow({ where: { id: saved.id } })).toMatchObject({ staffId: w.staff.officer.id, durationMinutes: 45, appointmentType: 'OFFICE' })
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { subjectId: saved.id, action: 'appointment.arrange' } })
    expect(audit.detail).toMatchObject({ staffId: w.staff.officer.id, minutes: 45, type: 'OFFICE', confirmed: true })
  })

  it('lets only one of two simultaneous bookings of the same person at the same time through', async () => {
    const before = await count()
    const results = await Promise.allSettled([0, 1].map(() => arrange(w.actors.officer, w.people.mine.id, `${day(9)}T09:00`)))
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected'])
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { fieldErrors: { occurredAt: ['samePersonClash'] } } })
    expect(await count()).toBe(before + 1)
  })

  it('names a clashing person only when the user may see them', async () => {
    await createContact(prisma, { offenderId: w.people.north.id, type: 'APPOINTMENT', occurredAt: new Date(`${day(5)}T11:00:00Z`), notes: 'x', authorId: w.staff.officer.id, authorAgencyId: w.nps.id, staffId: w.staff.officer.id, durationMinutes: 60 })
    const e = await failure(arrange(w.actors.officer, w.people.mine.id, `${day(5)}T11:30`))
    expect(e.details).toEqual({ clashes: [{ at: `${day(5)}T11:00:00.000Z`, durationMinutes: 60, crn: null }], bankHoliday: null })
  })

  it('warns about a bank holiday (London date) and saves once confirmed', async () => {
    const holiday = easterMonday()
    const before = await count()
    const e = await failure(arrange(w.actors.officer, w.people.mine.id, `${holiday}T10:00`))
    expect(e).toMatchObject({ code: 'VALIDATION', fieldErrors: { confirm: ['confirmClashes'] }, details: { clashes: [], bankHoliday: holiday } })
    expect(await count()).toBe(before)
    await arrange(w.actors.officer, w.people.mine.id, `${holiday}T10:00`, { confirm: 'on' })
    expect(await count()).toBe(before + 1)
  })
})

describe('clash checks when rescheduling', () => {
  it('runs the same checks: same person refused, bank holiday needs confirmation, nothing saved until then', async () => {
    await arrange(w.actors.officer, w.people.mine.id, `${day(6)}T09:00`)
    const { id } = await arrange(w.actors.officer, w.people.mine.id, `${day(6)}T13:00`)
    const move = (occurredAt: string, extra: Record<string, unknown> = {}) => rescheduleAppointment(w.actors.officer, { contactId: id, version: 1, occurredAt, location: 'Cardiff probation office', ...extra })
    expect(await failure(move(`${day(6)}T08:30`, { confirm: 'on' }))).toMatchObject({ fieldErrors: { occurredAt: ['samePersonClash'] } })
    expect(await failure(move(`${easterMonday()}T13:00`))).toMatchObject({ fieldErrors: { confirm: ['confirmMoveClashes'] } })
    expect(await prisma.contact.findUniqueOrThrow({ where: { id } })).toMatchObject({ version: 1, occurredAt: new Date(`${day(6)}T13:00:00Z`) })
    // Moving within its own slot never clashes with itself.
    await move(`${day(6)}T13:30`, { durationMinutes: '90' })
    expect(await prisma.contact.findUniqueOrThrow({ where: { id } })).toMatchObject({ version: 2, durationMinutes: 90 })
  })

  it('keeps a location for appointments held at a place', async () => {
    const { id } = await arrange(w.actors.officer, w.people.mine.id, `${day(7)}T09:00`)
    const e = await failure(rescheduleAppointment(w.actors.officer, { contactId: id, version: 1, occurredAt: `${day(7)}T11:00`, location: '' }))
    expect(e).toMatchObject({ code: 'VALIDATION', fieldErrors: { location: ['locationRequired'] } })
  })
})

describe('the new fields', () => {
  it('refuses a bad length, a place-based type without a location, and a staff member who may not see the person; nothing saved', async () => {
    const before = await count()
    for (const durationMinutes of ['4', '481', 'abc', '30.5']) {
      await expect(arrange(w.actors.officer, w.people.mine.id, `${day(8)}T09:00`, { durationMinutes })).rejects.toBeInstanceOf(ZodError)
    }
    const homeVisit = await failure(arrange(w.actors.officer, w.people.mine.id, `${day(8)}T09:00`, { appointmentType: 'HOME_VISIT', location: '' }))
    expect(homeVisit.issues?.[0]).toMatchObject({ path: ['location'], message: 'locationRequired' })
    // A senior of another team who may see the person is still not in this officer's diary list (found by trying to
    // break it: a raw POST booked into another team's diary).
    const otherTeamSenior = await createUser(prisma, { roles: ['SENIOR_PROBATION_OFFICER'], agencyId: w.nps.id, teamId: w.teamB.id })
    expect(await visibleTo(otherTeamSenior.id, w.people.mine.id)).toBe(true)
    for (const staffId of [w.staff.northOfficer.id, w.staff.police.id, otherTeamSenior.id, '00000000-0000-4000-8000-000000000000']) {
      expect(await failure(arrange(w.actors.officer, w.people.mine.id, `${day(8)}T09:00`, { staffId }))).toMatchObject({ code: 'VALIDATION', fieldErrors: { staffId: ['staffNotAvailable'] } })
    }
    expect(await failure(arrange(w.actors.officer, w.people.mine.id, `${day(8)}T09:00`, { appointmentType: 'SEANCE' }))).toBeInstanceOf(ZodError)
    // 01:30 on the night the clocks go forward does not exist in London: said, not stored an hour later.
    const lastSundayOfMarch = [31, 30, 29, 28, 27, 26, 25].map((d) => `${YEAR}-03-${d}`).find((d) => new Date(`${d}T12:00:00Z`).getUTCDay() === 0)!
    expect((await failure(arrange(w.actors.officer, w.people.mine.id, `${lastSundayOfMarch}T01:30`))).issues?.[0]).toMatchObject({ path: ['occurredAt'], message: 'timeNotInLondon' })
    expect(await count()).toBe(before)
    // A telephone appointment needs no location; the staff member defaults to the officer arranging it.
    const phone = await arrange(w.actors.officer, w.people.mine.id, `${day(8)}T09:00`, { appointmentType: 'TELEPHONE', location: '', durationMinutes: '' })
    expect(await prisma.contact.findUniqueOrThrow({ where: { id: phone.id } })).toMatchObject({ staffId: w.staff.officer.id, durationMinutes: 60, location: null })
  })
})
