import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { generateRota } from '../../../src/server/cosa/rota'
import { getRotaMeeting } from '../../../src/server/cosa/rota-views'
import type { Actor } from '../../../src/server/policy'
import { coordinatorOfNewProvider, startedCircle, today } from './started-circle'

// Walk 25 O4: after a volunteer was taken out of the circle and added back several times, the meeting's "Dropped out
// of this meeting" list showed "Eirlys: no longer in this circle since … gen race" six times, identical, and never
// said she was added back while she was on the rota again.
let coordinator: Actor
let provider: { id: string }

beforeAll(async () => {
  ({ provider, coordinator } = await coordinatorOfNewProvider('DROPHIST'))
})

describe('a meeting’s dropout history', () => {
  it('shows one line per volunteer and kind, the latest, and says when they were added back to the circle', async () => {
    const { id } = await startedCircle(coordinator, provider)
    await generateRota(coordinator, { circleIds: [id], weeks: '8' })
    const meeting = await prisma.circleMeeting.findFirstOrThrow({ where: { circleId: id, status: 'SCHEDULED' }, orderBy: { startsAt: 'asc' } })
    const [eirlys, mair] = (await prisma.circleMember.findMany({ where: { circleId: id }, orderBy: { id: 'asc' } })).map((m) => m.volunteerId)
    const at = (minutes: number) => new Date(Date.now() - (60 - minutes) * 60_000)
    for (const [n, reason] of ['first', 'second', 'third'].entries())
      await prisma.circleMeetingDropout.create({ data: { meetingId: meeting.id, volunteerId: eirlys!, kind: 'LEFT_CIRCLE', reason, recordedById: coordinator.userId, recordedAt: at(n) } })
    await prisma.circleMeetingDropout.create({ data: { meetingId: meeting.id, volunteerId: eirlys!, kind: 'REMOVED', reason: 'ill', recordedById: coordinator.userId, recordedAt: at(10) } })
    await prisma.circleMeetingDropout.create({ data: { meetingId: meeting.id, volunteerId: mair!, kind: 'LEFT_CIRCLE', reason: 'moving', recordedById: coordinator.userId, recordedAt: at(20) } })
    // Mair is out of the circle; Eirlys was added back (her current membership began today, after the last removal).
    await prisma.circleMember.updateMany({ where: { circleId: id, volunteerId: { in: [mair!, eirlys!] } }, data: { leftOn: new Date(`${today}T00:00:00Z`) } })
    await prisma.circleMember.create({ data: { circleId: id, volunteerId: eirlys!, kind: 'REGULAR', joinedOn: new Date(`${today}T00:00:00Z`) } })

    const m = await getRotaMeeting(coordinator, meeting.id)
    const lines = m.dropouts.map((d) => [d.firstName, d.kind, d.reason, d.addedBackOn !== null])
    expect(lines).toEqual([
      [expect.any(String), 'LEFT_CIRCLE', 'third', true],
      [expect.any(String), 'REMOVED', 'ill', false],
      [expect.any(String), 'LEFT_CIRCLE', 'moving', false],
    ])
    expect(m.dropouts.map((d) => d.volunteerId)).toEqual([eirlys, eirlys, mair])
  })
})
