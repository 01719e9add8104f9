import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { beginCircleEnding } from '../../../src/server/cosa/circle-life'
import { circleMeetingDates } from '../../../src/server/cosa/circle-meeting-dates'
import { generateRota } from '../../../src/server/cosa/rota'
import { getRota } from '../../../src/server/cosa/rota-views'
import type { Actor } from '../../../src/server/policy'
import { coordinatorOfNewProvider, inDays, startedCircle, version } from './started-circle'

// The fresh re-walk of issue 16 (f16c): defects D9–D11.
let coordinator: Actor
let provider: { id: string }
const day = (d: Date) => d.toISOString().slice(0, 10)

beforeAll(async () => {
  ;({ provider, coordinator } = await coordinatorOfNewProvider('REWALK'))
})

describe('a circle that is ending still meets until its ending date (D11)', () => {
  it('stays on the rota page and its meetings are generated up to, not past, the ending date', async () => {
    const { id } = await startedCircle(coordinator, provider)
    const endingFrom = inDays(42)
    await beginCircleEnding(coordinator, { circleId: id, version: await version(id), endingReason: 'Moving away', endingFrom, confirm: 'on' })
    expect((await getRota(coordinator)).circles.map((c) => c.id)).toContain(id)
    await generateRota(coordinator, { circleIds: [id], weeks: '12' })
    const dates = (await prisma.circleMeeting.findMany({ where: { circleId: id, status: 'SCHEDULED' }, orderBy: { startsAt: 'asc' } })).map((m) => day(m.startsAt))
    // Tuesdays from day 28 (the pattern's first meeting) to day 42, the ending date, which is itself a meeting day.
    expect(dates).toEqual([inDays(28), inDays(35), inDays(42)])
    const circle = await prisma.circle.findUniqueOrThrow({ where: { id } })
    expect((await circleMeetingDates(prisma, circle)).firstMeeting?.startsAt.toISOString().slice(0, 10)).toBe(inDays(28))
  })
})
