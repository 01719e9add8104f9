import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { setUpCircle } from '../../../src/server/cosa/circles'
import { generateRota } from '../../../src/server/cosa/rota'
import type { Actor } from '../../../src/server/policy'
import { coordinatorOfNewProvider, pattern, startedCircle } from './started-circle'

// fix16a item 2: changing only a running circle's length cancelled its whole future rota, with the volunteers'
// confirmations, without asking. A length change keeps the meetings and their people; a change of day, time or
// frequency that cancels meetings says how many (and how many confirmations) and needs the coordinator's confirmation.
let coordinator: Actor
let provider: { id: string }
const coming = (circleId: string) => prisma.circleMeeting.findMany({ where: { circleId, status: 'SCHEDULED' }, include: { assignments: true }, orderBy: { startsAt: 'asc' } })
const failure = (p: Promise<unknown>) => p.then(() => null, (e: { fieldErrors?: Record<string, string[]>; details?: unknown }) => e)

beforeAll(async () => {
  ({ provider, coordinator } = await coordinatorOfNewProvider('KEEPS'))
})

describe('a running circle’s pattern change', () => {
  it('changes only the length of the meetings still to come and keeps their people', async () => {
    const { id } = await startedCircle(coordinator, provider)
    await generateRota(coordinator, { circleIds: [id], weeks: '12' })
    const before = await coming(id)
    await prisma.circleAssignment.update({ where: { id: before[0]!.assignments[0]!.id }, data: { response: 'CONFIRMED' } })
    const saved = await setUpCircle(coordinator, { ...(await pattern(id)), minutes: '120', confirm: '' })
    expect(saved.cancelled).toBe(0)
    const after = await coming(id)
    expect(after.map((m) => m.id)).toEqual(before.map((m) => m.id))
    expect(after.every((m) => m.endsAt.getTime() - m.startsAt.getTime() === 120 * 60_000)).toBe(true)
    expect(after.map((m) => m.assignments.length)).toEqual(before.map((m) => m.assignments.length))
    expect(after[0]!.assignments.some((a) => a.response === 'CONFIRMED')).toBe(true)
  })

  it('asks first when a change of day cancels meetings, saying how many and how many confirmations, and refuses without it', async () => {
    const { id } = await startedCircle(coordinator, provider)
    await generateRota(coordinator, { circleIds: [id], weeks: '12' })
    const before = await coming(id)
    await prisma.circleAssignment.updateMany({ where: { meetingId: before[0]!.id }, data: { response: 'CONFIRMED' } })
    const confirmations = before[0]!.assignments.length
    // Walk 25 O6: the places still waiting for an answer ("Please confirm") are counted too.
    const unconfirmed = before.slice(1).reduce((n, m) => n + m.assignments.length, 0)
    expect(unconfirmed).toBeGreaterThan(0)
    const refused = await failure(setUpCircle(coordinator, { ...(await pattern(id)), weekday: '3', confirm: '' }))
    expect(refused).toMatchObject({ fieldErrors: { confirm: ['patternCancelConfirm'] }, details: { patternCancels: { meetings: before.length, confirmations, unconfirmed } } })
    expect((await coming(id)).length).toBe(before.length)
    const saved = await setUpCircle(coordinator, { ...(await pattern(id)), weekday: '3', confirm: 'on' })
    expect(saved.cancelled).toBe(before.length)
    expect((await coming(id)).length).toBe(0)
  })
})
