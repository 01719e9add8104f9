import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { addAttendee, markAttendance, removeAttendee } from '../../../src/server/mappa/run-meeting'
import { scheduleLevel2 } from '../../support/mappa-agenda'
import { buildWorld, type World } from '../../support/world'

// Break 37 O5 of issue 16: a chair whose page still listed someone a colleague had just taken off the attendance list
// was told "This record does not exist" on marking them. A stale page says so, with the reload link.
let w: World
let meetingId: string
const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)

beforeAll(async () => {
  w = await buildWorld()
  meetingId = await scheduleLevel2(w, `${tomorrow}T11:00`, [w.nps.id, w.police.id])
})

describe('an attendance row someone else removed', () => {
  it('is refused as a stale page on marking or removing it again; an id never on the list is not found', async () => {
    await addAttendee(w.actors.mappa, { meetingId, name: 'Carys Hughes', agencyId: w.police.id, status: 'EXPECTED' })
    const row = await prisma.mappaAttendance.findFirstOrThrow({ where: { meetingId, name: 'Carys Hughes' } })
    await removeAttendee(w.actors.mappa, { meetingId, attendanceId: row.id })
    const stale = { code: 'VALIDATION', fieldErrors: { _form: ['attendanceRemoved'] }, details: { stale: true } }
    await expect(markAttendance(w.actors.mappa, { meetingId, attendanceId: row.id, status: 'APOLOGIES' })).rejects.toMatchObject(stale)
    await expect(removeAttendee(w.actors.mappa, { meetingId, attendanceId: row.id })).rejects.toMatchObject(stale)
    await expect(markAttendance(w.actors.mappa, { meetingId, attendanceId: crypto.randomUUID(), status: 'APOLOGIES' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    // Removed from another meeting is no removal from this one.
    const other = await scheduleLevel2(w, `${tomorrow}T15:00`, [w.nps.id, w.police.id])
    await expect(markAttendance(w.actors.mappa, { meetingId: other, attendanceId: row.id, status: 'APOLOGIES' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})
