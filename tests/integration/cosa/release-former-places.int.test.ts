import { readFileSync } from 'node:fs'
import { addYears, subDays, subYears } from 'date-fns'
import { describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { coordinatorOfNewProvider, startedCircle } from './started-circle'

// Break test of issue 16, D3: places kept by a volunteer removed from a circle before removal released them showed as
// ordinary places and made them "double booked" in their other circle. The migration releases them with the trace
// removal now leaves; run here, inside a transaction rolled back after, on rows as they were left.
const sql = readFileSync('prisma/migrations/20261201220100_release_places_of_former_members/migration.sql', 'utf8').replace(/--.*$/gm, '').trim()

describe('releasing the places of volunteers no longer in the circle', () => {
  it('releases a former member’s places to come with a trace, and keeps held meetings, current members and wider-pool cover', async () => {
    const { coordinator, provider } = await coordinatorOfNewProvider('FORMER')
    const { id: circleId } = await startedCircle(coordinator, provider)
    const [gone, stays] = await prisma.circleMember.findMany({ where: { circleId }, orderBy: { id: 'asc' }, take: 2 })
    await prisma.circleMember.update({ where: { id: gone!.id }, data: { leftOn: subDays(new Date(), 3), leftBecause: 'REMOVED', leftReason: 'Clash with her other circle' } })
    const pool = await prisma.cosaVolunteer.create({ data: { agencyId: provider.id, firstName: 'Pool', lastName: 'Cover', email: `pool-${Date.now()}@example.org`, dateOfBirth: new Date('1970-01-01'), homeArea: 'Rhyl', stage: 'ACTIVE', referencesReceived: 2, dbsExpiresOn: addYears(new Date(), 2), trainingCompletedOn: subYears(new Date(), 1) } })
    const meeting = (days: number) => prisma.circleMeeting.create({ data: { circleId, startsAt: new Date(Date.now() + days * 86_400_000), endsAt: new Date(Date.now() + days * 86_400_000 + 90 * 60_000), assignments: { create: [gone!.volunteerId, stays!.volunteerId, pool.id].map((volunteerId) => ({ volunteerId, assignedById: coordinator.userId })) } } })
    const [coming, held] = [await meeting(7), await meeting(-7)]
    const after = await prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(sql)
      const places = await tx.circleAssignment.findMany({ where: { meetingId: { in: [coming.id, held.id] } }, select: { meetingId: true, volunteerId: true } })
      const dropouts = await tx.circleMeetingDropout.findMany({ where: { meetingId: { in: [coming.id, held.id] } }, select: { meetingId: true, volunteerId: true, kind: true, reason: true, recordedById: true } })
      throw Object.assign(new Error('roll back'), { result: { places, dropouts } })
    }).catch((e: { result?: { places: { meetingId: string; volunteerId: string }[]; dropouts: unknown[] } }) => e.result!)
    const on = (meetingId: string) => after.places.filter((p) => p.meetingId === meetingId).map((p) => p.volunteerId).sort()
    expect(on(coming.id)).toEqual([stays!.volunteerId, pool.id].sort())
    expect(on(held.id)).toHaveLength(3)
    expect(after.dropouts).toEqual([{ meetingId: coming.id, volunteerId: gone!.volunteerId, kind: 'LEFT_CIRCLE', reason: 'Clash with her other circle', recordedById: coordinator.userId }])
  })
})
