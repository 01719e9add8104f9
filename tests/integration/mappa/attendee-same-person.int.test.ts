import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { acknowledgeStatement, addAttendee } from '../../../src/server/mappa/run-meeting'
import { getMeetingRoom } from '../../../src/server/mappa/room'
import { isoDay, scheduleLevel2 } from '../../support/mappa-agenda'
import { buildWorld, type World } from '../../support/world'

// Break 47: the chair typed in by name before the meeting was added again, by account, when the statement was read,
// and the approved minutes listed them twice; and a combining grapheme joiner, a variation selector, a curly
// apostrophe or a ligature copied from a PDF made a second row for one person.
let w: World
const formErrorOf = (p: Promise<unknown>) => p.then(() => null, (e: { fieldErrors?: Record<string, string[]> }) => e.fieldErrors)

beforeAll(async () => {
  w = await buildWorld()
})

describe('one person is one row on a meeting’s attendance list', () => {
  it('takes the chair’s typed-in row as the chair’s own when the statement is read', async () => {
    const meetingId = await scheduleLevel2(w, `${isoDay(-1)}T10:00`, [w.nps.id, w.police.id])
    const chair = await prisma.user.findUniqueOrThrow({ where: { id: w.staff.mappa.id }, select: { name: true, agencyId: true } })
    await addAttendee(w.actors.mappa, { meetingId, agencyId: chair.agencyId, name: ` ${chair.name.toUpperCase()} `, status: 'EXPECTED' })
    const { chairAdded } = await acknowledgeStatement(w.actors.mappa, { meetingId, time: '10:05', confirm: 'on' })
    expect(chairAdded).toBe(true)
    expect(await prisma.mappaAttendance.findMany({ where: { meetingId }, select: { userId: true, name: true, status: true } })).toEqual([{ userId: w.staff.mappa.id, name: chair.name, status: 'PRESENT' }])
  })

  // Break 48 F2: typed in under another agency, the chair is not merged (two people of one name can work for two
  // agencies), but the list tells the chair that both rows carry one name, so one can be removed before approval.
  it('marks the chair’s own row and a row of the chair’s name under another agency as namesakes', async () => {
    const meetingId = await scheduleLevel2(w, `${isoDay(-1)}T11:00`, [w.nps.id, w.police.id])
    const chair = await prisma.user.findUniqueOrThrow({ where: { id: w.staff.mappa.id }, select: { name: true, agencyId: true } })
    const otherAgency = chair.agencyId === w.police.id ? w.nps.id : w.police.id
    await addAttendee(w.actors.mappa, { meetingId, agencyId: otherAgency, name: chair.name.replace(' ', '\u2800'), status: 'EXPECTED' })
    await addAttendee(w.actors.mappa, { meetingId, agencyId: chair.agencyId, name: 'Ceri Jenkins', status: 'EXPECTED' })
    await acknowledgeStatement(w.actors.mappa, { meetingId, time: '11:05', confirm: 'on' })
    const room = await getMeetingRoom(w.actors.mappa, meetingId)
    expect(room.attendance).toHaveLength(3)
    const rowOf = (agencyId: string, userId: string | null) => room.attendance.find((a) => a.agencyId === agencyId && a.userId === userId)!
    const typed = rowOf(otherAgency, null)
    const own = rowOf(chair.agencyId, w.staff.mappa.id)
    const agencyName = async (id: string) => (await prisma.agency.findUniqueOrThrow({ where: { id }, select: { name: true } })).name
    expect(room.namesakes.get(typed.id)?.map((a) => a.name)).toEqual([await agencyName(chair.agencyId)])
    expect(room.namesakes.get(own.id)?.map((a) => a.name)).toEqual([await agencyName(otherAgency)])
    expect(room.namesakes.size).toBe(2)
  })

  it('refuses a name that differs only by what cannot be seen, an apostrophe’s shape or a ligature', async () => {
    const meetingId = await scheduleLevel2(w, `${isoDay(3)}T10:00`, [w.nps.id, w.police.id])
    for (const name of ['Siôn Pugh', 'Mari O’Brien', 'Huw Griffiths']) await addAttendee(w.actors.mappa, { meetingId, agencyId: w.police.id, name })
    for (const name of ['Sio\u034F\u0302n Pugh', 'Siôn Pugh\uFE0F', "Mari O'Brien", 'Mari O\u02BCBrien', 'Huw Gri\uFB03ths']) {
      expect(await formErrorOf(addAttendee(w.actors.mappa, { meetingId, agencyId: w.police.id, name })), name).toEqual({ name: ['alreadyAttending'] })
    }
    expect(await prisma.mappaAttendance.count({ where: { meetingId } })).toBe(3)
  })
})
