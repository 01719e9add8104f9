import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { acknowledgeStatement, addAttendee } from '../../../src/server/mappa/run-meeting'
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

  it('refuses a name that differs only by what cannot be seen, an apostrophe’s shape or a ligature', async () => {
    const meetingId = await scheduleLevel2(w, `${isoDay(3)}T10:00`, [w.nps.id, w.police.id])
    for (const name of ['Siôn Pugh', 'Mari O’Brien', 'Huw Griffiths']) await addAttendee(w.actors.mappa, { meetingId, agencyId: w.police.id, name })
    for (const name of ['Sio\u034F\u0302n Pugh', 'Siôn Pugh\uFE0F', "Mari O'Brien", 'Mari O\u02BCBrien', 'Huw Gri\uFB03ths']) {
      expect(await formErrorOf(addAttendee(w.actors.mappa, { meetingId, agencyId: w.police.id, name })), name).toEqual({ name: ['alreadyAttending'] })
    }
    expect(await prisma.mappaAttendance.count({ where: { meetingId } })).toBe(3)
  })
})
