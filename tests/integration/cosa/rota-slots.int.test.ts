import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { setUpCircle } from '../../../src/server/cosa/circles'
import { generateRota } from '../../../src/server/cosa/rota'
import type { Actor } from '../../../src/server/policy'
import { coordinatorOfNewProvider, inDays, pattern, startedCircle } from './started-circle'

// fix16a item 1: a meeting slot a circle used before could never be used again. CircleMeeting was unique on
// (circleId, startsAt) and the generator skipped duplicates, so the cancelled meetings of an old pattern kept their
// slots: going back to it generated nothing, and the page still said "Rota generated.".
let coordinator: Actor
let provider: { id: string }
const live = (circleId: string) => prisma.circleMeeting.count({ where: { circleId, status: 'SCHEDULED' } })

beforeAll(async () => {
  ({ provider, coordinator } = await coordinatorOfNewProvider('SLOTS'))
})

describe('a circle gets meetings back at slots it used before', () => {
  it('rebuilds the Tuesday rota after a move to Wednesday and back, and says how many meetings were made', async () => {
    const { id } = await startedCircle(coordinator, provider)
    const first = await generateRota(coordinator, { circleIds: [id], weeks: '12' })
    expect(first.meetings).toBeGreaterThan(0)
    const tuesdays = await live(id)
    expect(first.meetings).toBe(tuesdays)
    // To Wednesday and back: each move cancels the other day's meetings still to come.
    await setUpCircle(coordinator, { ...(await pattern(id)), weekday: '3', startDate: inDays(28), confirm: 'on' })
    await setUpCircle(coordinator, { ...(await pattern(id)), startDate: inDays(28), confirm: 'on' })
    expect(await live(id)).toBe(0)
    const again = await generateRota(coordinator, { circleIds: [id], weeks: '12' })
    expect(again.meetings).toBe(tuesdays)
    expect(await live(id)).toBe(tuesdays)
    expect(again.nothingMade).toBeNull()
  })

  it('says why when nothing is made: every meeting in the window is on the rota already', async () => {
    const { id } = await startedCircle(coordinator, provider)
    await generateRota(coordinator, { circleIds: [id], weeks: '12' })
    const again = await generateRota(coordinator, { circleIds: [id], weeks: '12' })
    expect(again).toMatchObject({ meetings: 0, nothingMade: 'allOnRota' })
  })

  it('says why when nothing is made: the pattern gives no meeting in the weeks chosen', async () => {
    // First meeting in four weeks: a four-week rota reaches no meeting of it.
    const { id } = await startedCircle(coordinator, provider)
    await prisma.circle.update({ where: { id }, data: { startDate: new Date(`${inDays(60)}T00:00:00Z`), patternFrom: new Date(`${inDays(60)}T00:00:00Z`) } })
    expect(await generateRota(coordinator, { circleIds: [id], weeks: '4' })).toMatchObject({ meetings: 0, nothingMade: 'noneInWindow' })
  })
})
