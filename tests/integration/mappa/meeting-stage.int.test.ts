import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { getMinutes } from '../../../src/server/mappa/minutes'
import { getMappaOverview, getMeeting } from '../../../src/server/mappa/queries'
import { myMappaMeetings } from '../../../src/server/mappa/room'
import { acknowledgeStatement } from '../../../src/server/mappa/run-meeting'
import { scheduleLevel2 } from '../../support/mappa-agenda'
import { buildWorld, type World } from '../../support/world'

// Walk-through D3 of issue 16: a meeting that had been held, its minutes not yet approved, showed "Agenda published"
// in the draft minutes PDF and "Scheduled" on the chair's home. Every place that names a meeting's stage says "held".
let w: World
const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)
const schedule = (day: string) =>
  scheduleLevel2(w, `${day}T10:00`)

beforeAll(async () => {
  w = await buildWorld()
})

describe('a meeting’s stage', () => {
  it('is "held" on the chair’s home, the overview, the meeting page and the minutes once the meeting has taken place', async () => {
    const held = await schedule(yesterday)
    const notYet = await schedule(new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10))
    await prisma.mappaMeeting.update({ where: { id: held }, data: { status: 'PUBLISHED', publishedAt: new Date() } })
    const stageOn = async (id: string) => ({
      home: (await myMappaMeetings(w.actors.mappa)).find((m) => m.id === id)?.stage,
      overview: (await getMappaOverview(w.actors.mappa)).meetings.concat((await getMappaOverview(w.actors.mappa)).awaitingMinutes).find((m) => m.id === id)?.stage,
      page: (await getMeeting(w.actors.mappa, id)).stage,
      minutes: (await getMinutes(w.actors.mappa, id)).stage,
    })
    expect(await stageOn(held)).toEqual({ home: 'PUBLISHED', overview: 'PUBLISHED', page: 'PUBLISHED', minutes: 'PUBLISHED' })
    await acknowledgeStatement(w.actors.mappa, { confirm: 'on', meetingId: held, time: '10:00' })
    expect(await stageOn(held)).toEqual({ home: 'HELD', overview: 'HELD', page: 'HELD', minutes: 'HELD' })
    expect(await stageOn(notYet)).toEqual({ home: 'PUBLISHED', overview: 'PUBLISHED', page: 'PUBLISHED', minutes: 'PUBLISHED' })
  })
})
