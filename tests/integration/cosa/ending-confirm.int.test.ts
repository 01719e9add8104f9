import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { beginCircleEnding } from '../../../src/server/cosa/circle-life'
import { generateRota } from '../../../src/server/cosa/rota'
import type { Actor } from '../../../src/server/policy'
import { coordinatorOfNewProvider, inDays, startedCircle, version } from './started-circle'

// fix16a item 3: "Begin ending the circle" cancelled every meeting after its date, confirmed ones included, on the
// first click. It now says how many meetings and confirmations it would cancel and goes ahead only once confirmed.
let coordinator: Actor
let provider: { id: string }
const coming = (circleId: string) => prisma.circleMeeting.findMany({ where: { circleId, status: 'SCHEDULED' }, include: { assignments: true }, orderBy: { startsAt: 'asc' } })

beforeAll(async () => {
  ({ provider, coordinator } = await coordinatorOfNewProvider('ENDASK'))
})

describe('beginning a circle’s ending', () => {
  it('says how many meetings and confirmations it cancels and refuses until confirmed', async () => {
    const { id } = await startedCircle(coordinator, provider)
    await generateRota(coordinator, { circleIds: [id], weeks: '12' })
    const meetings = await coming(id)
    expect(meetings.slice(1).some((m) => m.assignments.length > 0)).toBe(true)
    await prisma.circleAssignment.updateMany({ where: { meetingId: meetings[0]!.id }, data: { response: 'CONFIRMED' } })
    const input = async () => ({ circleId: id, version: await version(id), endingReason: 'Moving away', endingFrom: inDays(14) })
    await expect(beginCircleEnding(coordinator, await input())).rejects.toMatchObject({
      fieldErrors: { confirm: ['endingCancelConfirm'] },
      // Walk 25 O6: the places still waiting for an answer ("Please confirm") are counted too.
      details: { endingCancels: { meetings: meetings.length, confirmations: meetings[0]!.assignments.length, unconfirmed: meetings.slice(1).reduce((n, m) => n + m.assignments.length, 0) } },
    })
    expect((await prisma.circle.findUniqueOrThrow({ where: { id } })).status).toBe('ACTIVE')
    expect((await coming(id)).length).toBe(meetings.length)
    expect(await beginCircleEnding(coordinator, { ...(await input()), confirm: 'on' })).toMatchObject({ cancelled: meetings.length })
    expect((await prisma.circle.findUniqueOrThrow({ where: { id } })).status).toBe('ENDING')
  })

  it('begins an ending that cancels no meetings without asking (re-check of issue 16, D3)', async () => {
    const { id } = await startedCircle(coordinator, provider)
    // No rota generated: nothing is on it after the ending's date, so there is nothing to confirm.
    expect(await prisma.circleMeeting.count({ where: { circleId: id, status: 'SCHEDULED' } })).toBe(0)
    expect(await beginCircleEnding(coordinator, { circleId: id, version: await version(id), endingReason: 'Moving away', endingFrom: inDays(14) })).toMatchObject({ cancelled: 0 })
    expect((await prisma.circle.findUniqueOrThrow({ where: { id } })).status).toBe('ENDING')
  })
})
