import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { addToAgenda } from '../../../src/server/mappa/meetings'
import { changeNominalLevel } from '../../../src/server/mappa/nominals'
import { getMeeting, getOffenderMappa } from '../../../src/server/mappa/queries'
import { agendaWorld, isoDay, meetingVersion } from '../../support/mappa-agenda'
import type { World } from '../../support/world'

// Break 41 F3 (issue 16 item 2): a listed level 2 nominal changed to level 3 on the person's page stood on a level 2
// agenda with no mark, although adding a level 3 nominal directly warns and marks the item. The agenda now follows the
// level the nominal is managed at until the minutes are approved, and the level-change form names the meeting.
let w: World
let schedule: (startsAt: string) => Promise<string>
beforeAll(async () => {
  ;({ w, schedule } = await agendaWorld())
})

const person = () => w.people.mappaCardiff
const nominal = () => prisma.mappaNominal.findUniqueOrThrow({ where: { offenderId: person().id } })
const managedLevel = async (meetingId: string) => (await getMeeting(w.actors.mappa, meetingId)).agendaItems.find((i) => i.offenderId === person().id)?.managedLevel
const changeLevel = async (level: number) => {
  const { id, version } = await nominal()
  await changeNominalLevel(w.actors.mappa, { nominalId: id, version, level, reason: 'New risk assessment', nextReviewDate: isoDay(200) })
}

describe('changing the level of a nominal listed on a coming meeting of another level', () => {
  it('marks the item with the new level, names the meeting beside the change, and unmarks it at the meeting\'s level', async () => {
    const meetingId = await schedule(`${isoDay(150)}T10:00`)
    await addToAgenda(w.actors.mappa, { meetingId, version: await meetingVersion(meetingId), crn: person().crn })
    expect(await managedLevel(meetingId)).toBeNull()
    expect((await getOffenderMappa(w.actors.mappa, person().id)).openAgenda).toMatchObject({ id: meetingId, level: 2 })

    await changeLevel(3)
    expect(await managedLevel(meetingId)).toBe(3)
    await changeLevel(2)
    expect(await managedLevel(meetingId)).toBeNull()

    // Approved minutes keep the level the nominal was heard at, whatever the register says afterwards.
    await changeLevel(3)
    await prisma.mappaMeeting.update({ where: { id: meetingId }, data: { status: 'FINALISED', finalisedAt: new Date() } })
    expect((await getOffenderMappa(w.actors.mappa, person().id)).openAgenda).toBeNull()
    await changeLevel(1)
    expect(await managedLevel(meetingId)).toBe(3)
  })
})
