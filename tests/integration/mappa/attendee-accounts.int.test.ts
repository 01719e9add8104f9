import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { myMappaActions } from '../../../src/server/mappa/action-tracker'
import { addAction } from '../../../src/server/mappa/item-writes'
import { getMeeting } from '../../../src/server/mappa/queries'
import { actionOwnerChoices, getMeetingRoom } from '../../../src/server/mappa/room'
import { addAttendee } from '../../../src/server/mappa/run-meeting'
import { actorOf } from '../../support/actor'
import { scheduleLevel2 } from '../../support/mappa-agenda'
import { buildWorld, type World } from '../../support/world'

// Walk 34 D5 of issue 16: the attendance picker offered every active account of an invited agency, so the strategic
// manager (figures only), the administrator and a volunteer could be listed, and the list is the minutes' distribution.
// Only accounts whose work is with named people are offered or accepted; anyone else is added by name.
let w: World
let meetingId: string
let partner: { id: string }
let cosa: { id: string }
const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)
const formErrorOf = (p: Promise<unknown>) => p.then(() => null, (e: { fieldErrors?: Record<string, string[]> }) => e.fieldErrors)

beforeAll(async () => {
  w = await buildWorld()
  const account = (name: string, role: 'PARTNER_CASEWORKER' | 'COSA_COORDINATOR') => prisma.user.create({ data: { email: `${name}-${crypto.randomUUID()}@llwybr.test`, name, roles: [role], agencyId: w.thirdSector.id } })
  partner = await account('housing-caseworker', 'PARTNER_CASEWORKER')
  cosa = await account('cosa-coordinator', 'COSA_COORDINATOR')
  meetingId = await scheduleLevel2(w, `${tomorrow}T10:00`, [w.nps.id, w.police.id, w.thirdSector.id])
})

describe('who may be listed as an attendee with their account', () => {
  it('offers only accounts of invited agencies whose role works with named people', async () => {
    const room = await getMeetingRoom(w.actors.mappa, meetingId)
    const offered = room.agencies.flatMap((a) => a.users.map((u) => u.id))
    for (const who of [w.staff.officer, w.staff.senior, w.staff.police, w.staff.mappa, partner, cosa]) expect(offered).toContain(who.id)
    for (const who of [w.staff.manager, w.staff.admin, w.staff.volunteer]) expect(offered).not.toContain(who.id)
  })

  it('refuses an account whose role works with no named person on the person field, saving nothing, and still takes them by name', async () => {
    for (const who of [w.staff.manager, w.staff.admin, w.staff.volunteer]) {
      expect(await formErrorOf(addAttendee(w.actors.mappa, { meetingId, userId: who.id, status: 'EXPECTED' }))).toEqual({ userId: ['attendeeNotCasework'] })
    }
    expect(await prisma.mappaAttendance.count({ where: { meetingId } })).toBe(0)
    await addAttendee(w.actors.mappa, { meetingId, agencyId: w.nps.id, name: 'Housing options officer', status: 'EXPECTED' })
    // A name sent beside an account is not the row's: the account's own is (break 37 D2).
    await addAttendee(w.actors.mappa, { meetingId, userId: w.staff.police.id, name: 'Nia Thomas', status: 'EXPECTED' })
    expect(await prisma.mappaAttendance.findMany({ where: { meetingId }, select: { userId: true, name: true }, orderBy: { name: 'asc' } })).toEqual([
      { userId: null, name: 'Housing options officer' },
      { userId: w.staff.police.id, name: w.staff.police.name },
    ])
    // Once listed, an account is no longer offered (walk 37 O4); the others still are.
    const offered = (await getMeetingRoom(w.actors.mappa, meetingId)).agencies.flatMap((a) => a.users.map((u) => u.id))
    expect(offered).not.toContain(w.staff.police.id)
    expect(offered).toContain(w.staff.officer.id)
  })

  it('offers and accepts as owner of an action only the same accounts, since an owner reads the minutes about the nominal', async () => {
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)
    const held = await scheduleLevel2(w, `${yesterday}T10:00`, [w.nps.id, w.police.id, w.thirdSector.id])
    const nominal = await prisma.mappaNominal.create({ data: { offenderId: w.people.mine.id, category: 1, level: 2, area: 'SOUTH_WALES', leadAgencyId: w.nps.id, startDate: new Date('2026-01-01'), nextReviewDate: new Date(Date.now() + 200 * 86_400_000) } })
    const item = await prisma.mappaAgendaItem.create({ data: { meetingId: held, offenderId: w.people.mine.id, nominalId: nominal.id, reason: 'ADDED', position: 1 } })
    const owners = (await actionOwnerChoices(w.actors.mappa, held, item.id)).map((o) => o.id)
    for (const who of [w.staff.officer, w.staff.police, partner, cosa]) expect(owners).toContain(who.id)
    for (const who of [w.staff.manager, w.staff.admin, w.staff.volunteer]) expect(owners).not.toContain(who.id)
    const dueDate = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10)
    const action = { meetingId: held, itemId: item.id, version: item.version, description: 'Share the licence conditions', ownerAgencyId: w.nps.id, dueDate }
    expect(await formErrorOf(addAction(w.actors.mappa, { ...action, ownerUserId: w.staff.manager.id }))).toEqual({ ownerUserId: ['ownerNotCasework'] })
    expect(await prisma.mappaAction.count({ where: { meetingId: held } })).toBe(0)
    await addAction(w.actors.mappa, { ...action, ownerAgencyId: w.thirdSector.id, ownerUserId: partner.id })
    expect(await prisma.mappaAction.findMany({ where: { meetingId: held }, select: { ownerUserId: true } })).toEqual([{ ownerUserId: partner.id }])
  })

  it('closes an attendee\'s and an action owner\'s share at the next read once their role no longer works with named people (break 37 D1)', async () => {
    const listed = await prisma.user.create({ data: { email: `later-manager-${crypto.randomUUID()}@llwybr.test`, name: 'Later manager', roles: ['PROBATION_OFFICER'], agencyId: w.nps.id } })
    await addAttendee(w.actors.mappa, { meetingId, userId: listed.id, status: 'EXPECTED' })
    const item = await prisma.mappaAgendaItem.create({ data: { meetingId, offenderId: w.people.colleagues.id, reason: 'ADDED', position: 9 } })
    await prisma.mappaAction.create({ data: { meetingId, agendaItemId: item.id, offenderId: w.people.colleagues.id, description: 'Visit the hostel', ownerAgencyId: w.nps.id, ownerUserId: listed.id, dueDate: new Date(Date.now() + 7 * 86_400_000) } })
    expect((await getMeeting(await actorOf(listed), meetingId)).id).toBe(meetingId)
    expect(await myMappaActions(await actorOf(listed))).toHaveLength(1)
    await prisma.user.update({ where: { id: listed.id }, data: { roles: ['STRATEGIC_MANAGER'] } })
    await expect(getMeeting(await actorOf(listed), meetingId)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await myMappaActions(await actorOf(listed))).toEqual([])
  })

  it('says what is wrong with an account or an owner, the most telling reason first (break 37 O1 and O4)', async () => {
    const charity = await prisma.agency.create({ data: { code: `CH${crypto.randomUUID().slice(0, 6)}`, name: 'Circles charity', nameCy: 'Elusen Cylchoedd', kind: 'THIRD_SECTOR' } })
    const outsider = await prisma.user.create({ data: { email: `outsider-${crypto.randomUUID()}@llwybr.test`, name: 'Outsider', roles: ['COSA_COORDINATOR'], agencyId: charity.id } })
    const before = await prisma.mappaAttendance.count({ where: { meetingId } })
    // Their form has no agency field: the refusal names their agency, on the person.
    expect(await formErrorOf(addAttendee(w.actors.mappa, { meetingId, userId: outsider.id, status: 'EXPECTED' }))).toEqual({ userId: ['attendeeAgencyNotInvited'] })
    // …by its name, which the message puts in its {agency} placeholder (break 38 D2: "this person's agency" told nothing).
    await expect(addAttendee(w.actors.mappa, { meetingId, userId: outsider.id, status: 'EXPECTED' })).rejects.toMatchObject({ details: { messageNames: { agency: { en: 'Circles charity', cy: 'Elusen Cylchoedd' } } } })
    expect(await formErrorOf(addAttendee(w.actors.mappa, { meetingId, userId: crypto.randomUUID(), status: 'EXPECTED' }))).toEqual({ userId: ['chooseOption'] })
    expect(await prisma.mappaAttendance.count({ where: { meetingId } })).toBe(before)

    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)
    const held = await scheduleLevel2(w, `${yesterday}T14:00`, [w.nps.id, w.police.id])
    const item = await prisma.mappaAgendaItem.create({ data: { meetingId: held, offenderId: w.people.mine.id, reason: 'ADDED', position: 1 } })
    const dueDate = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10)
    const action = { meetingId: held, itemId: item.id, version: item.version, description: 'Check the address', dueDate }
    // The police own it; an administrator or volunteer (both of the probation service) is refused for their role, not their agency.
    for (const who of [w.staff.admin, w.staff.volunteer]) {
      expect(await formErrorOf(addAction(w.actors.mappa, { ...action, ownerAgencyId: w.police.id, ownerUserId: who.id }))).toEqual({ ownerUserId: ['ownerNotCasework'] })
    }
    expect(await formErrorOf(addAction(w.actors.mappa, { ...action, ownerAgencyId: w.police.id, ownerUserId: crypto.randomUUID() }))).toEqual({ ownerUserId: ['chooseOption'] })
    expect(await formErrorOf(addAction(w.actors.mappa, { ...action, ownerAgencyId: w.police.id, ownerUserId: w.staff.officer.id }))).toEqual({ ownerUserId: ['ownerNotInAgency'] })
    expect(await prisma.mappaAction.count({ where: { agendaItemId: item.id } })).toBe(0)
  })
})
