import { ZodError } from 'zod'
import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { findDiary } from '../../../src/server/diary/find-diary'
import { createContact } from '../../factories'
import { actorOf } from '../../support/actor'
import { buildWorld, type World } from '../../support/world'
import { arrange, day } from './support'

let w: World
beforeAll(async () => {
  w = await buildWorld()
  // Monday-to-Sunday week of day(10) holds day(11); the cancelled one stays in the diary, struck through.
  await arrange(w.actors.officer, w.people.mine.id, `${day(10)}T09:00`)
  const cancelled = await arrange(w.actors.officer, w.people.mine.id, `${day(11)}T14:00`, { appointmentType: 'TELEPHONE', durationMinutes: '30', location: '' })
  await prisma.contact.update({ where: { id: cancelled.id }, data: { cancelledAt: new Date(), cancelReason: 'Ill' } })
  // Written without the diary fields (as the contact form does): the database puts it in its author's diary.
  await createContact(prisma, { offenderId: w.people.mine.id, type: 'APPOINTMENT', occurredAt: new Date(`${day(12)}T11:00:00Z`), notes: 'x', authorId: w.staff.officer.id, authorAgencyId: w.nps.id })
  // Booked in the officer's diary, but for people the officer may not see: another area, and a limited-access exclusion.
  for (const p of [w.people.north, w.people.excluded]) {
    await createContact(prisma, { offenderId: p.id, type: 'APPOINTMENT', occurredAt: new Date(`${day(10)}T15:00:00Z`), notes: 'x', location: `Home of ${p.lastName}`, authorId: w.staff.officer.id, authorAgencyId: w.nps.id, staffId: w.staff.officer.id, durationMinutes: 45, appointmentType: 'HOME_VISIT' })
  }
})

describe('the diary', () => {
  it("shows the officer's own day in London time, naming only people in scope", async () => {
    const diary = await findDiary(w.actors.officer, { date: day(10), view: 'day' })
    expect(diary.isOwn).toBe(true)
    expect(diary.entries.map((e) => [e.start.toISOString(), e.durationMinutes, e.type, e.status, e.person?.crn ?? null])).toEqual([
      [`${day(10)}T09:00:00.000Z`, 60, 'OFFICE', 'BOOKED', w.people.mine.crn],
      [`${day(10)}T15:00:00.000Z`, 45, 'HOME_VISIT', 'BOOKED', null],
      [`${day(10)}T15:00:00.000Z`, 45, 'HOME_VISIT', 'BOOKED', null],
    ])
    expect(diary.entries[0]).toMatchObject({ location: 'Cardiff probation office', end: new Date(`${day(10)}T10:00:00Z`) })
    const text = JSON.stringify(diary)
    for (const hidden of [w.people.north, w.people.excluded]) {
      expect(text).not.toContain(hidden.lastName)
      expect(text).not.toContain(hidden.crn)
      // Nor a record id of theirs: the appointment's own id (issue 17 walk-through D1, ADR 0023).
      for (const { id } of await prisma.contact.findMany({ where: { offenderId: hidden.id }, select: { id: true } })) expect(text).not.toContain(id)
    }
  })

  it('shows the week Monday to Sunday, cancelled appointments marked', async () => {
    const diary = await findDiary(w.actors.officer, { date: day(10), view: 'week' })
    expect(diary.range.days).toHaveLength(7)
    expect(diary.entries.map((e) => e.status)).toContain('CANCELLED')
    expect(diary.entries.find((e) => e.status === 'CANCELLED')).toMatchObject({ type: 'TELEPHONE', durationMinutes: 30 })
    expect(diary.entries.find((e) => e.start.toISOString() === `${day(12)}T11:00:00.000Z`)).toMatchObject({ type: 'OFFICE', durationMinutes: 60, person: { id: w.people.mine.id } })
    expect((await findDiary(w.actors.officer, { date: day(25), view: 'week' })).entries).toEqual([])
  })

  it("lets a senior open a team member's diary; refuses officers, and seniors of another team", async () => {
    const diary = await findDiary(w.actors.senior, { date: day(10), view: 'day', staff: w.staff.officer.id })
    expect(diary).toMatchObject({ isOwn: false, owner: { id: w.staff.officer.id } })
    expect(diary.entries[0]?.person?.crn).toBe(w.people.mine.crn)
    await expect(findDiary(w.actors.colleague, { date: day(10), staff: w.staff.officer.id })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    const elsewhere = await prisma.user.create({ data: { email: `senior-b-${w.tag}@llwybr.test`, name: 'Senior B', roles: ['SENIOR_PROBATION_OFFICER'], agencyId: w.nps.id, teamId: w.teamB.id } })
    await expect(findDiary(await actorOf(elsewhere), { date: day(10), staff: w.staff.officer.id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(findDiary(w.actors.senior, { date: day(10), staff: w.staff.northOfficer.id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    // A hand-edited address with something shaped like an id but not one is not found, not a database error.
    await expect(findDiary(w.actors.senior, { date: day(10), staff: '-'.repeat(36) })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(findDiary(w.actors.police, { date: day(10) })).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })

  it('names a day that is no real date, a view that is neither day nor week, or either given twice (walk 51 F5)', async () => {
    const refused = async (input: object) => {
      const e = await findDiary(w.actors.officer, input).catch((x: unknown) => x)
      expect(e, JSON.stringify(input)).toBeInstanceOf(ZodError)
      return (e as ZodError).issues.map((i) => [i.path.join('.'), i.message])
    }
    expect(await refused({ date: 'banana' })).toEqual([['date', 'invalidDate']])
    expect(await refused({ date: '2026-02-30', view: 'month' })).toEqual([['date', 'invalidDate'], ['view', 'chooseOption']])
    expect(await refused({ date: [day(10), day(11)] })).toContainEqual(['date', 'repeatedInAddress'])
    // Nothing given is today's day view.
    expect((await findDiary(w.actors.officer, {})).range.view).toBe('day')
  })

  it('audits the diary opened and each person shown, and nobody hidden', async () => {
    const since = new Date()
    await findDiary(w.actors.senior, { date: day(10), view: 'day', staff: w.staff.officer.id })
    const rows = await prisma.auditEvent.findMany({ where: { actorUserId: w.staff.senior.id, occurredAt: { gte: since } } })
    expect(rows.filter((r) => r.action === 'diary.view').map((r) => r.subjectId)).toEqual([w.staff.officer.id])
    // The senior may see the person the officer is excluded from; never the one in another area.
    const shown = rows.filter((r) => r.action === 'diary.view.appointment').map((r) => r.offenderId)
    expect(shown.sort()).toEqual([w.people.mine.id, w.people.excluded.id].sort())
    expect(shown).not.toContain(w.people.north.id)
  })
})
