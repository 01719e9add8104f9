import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { getCircle, listCircles } from '../../../src/server/cosa/circles'
import { openConcerns } from '../../../src/server/cosa/concerns'
import { cosaDashboard } from '../../../src/server/cosa/dashboard'
import { overdueMinutes } from '../../../src/server/cosa/minutes'
import { getRotaMeeting } from '../../../src/server/cosa/rota-views'
import type { Actor } from '../../../src/server/policy'
import { createUser } from '../../factories'
import { actorOf } from '../../support/actor'
import { inDays, startedCircle } from './started-circle'
import { shown } from '../../support/shown-rows'

// Limited Access across every COSA coordinator view (found after cosa16 item 3 fixed the rota): a core member whose
// record is restricted to others is shown by nothing that identifies them (no name, and since issue 17 defect 6 no
// CRN) on the dashboard, the concern and overdue-minutes lists, the circle list and the circle page (security.md AC-5).
let coordinator: Actor
let provider: { id: string }
const at = (day: string, hour: number) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00Z`)

beforeAll(async () => {
  provider = await prisma.agency.create({ data: { code: `LAO-COSA-${Date.now()}`, name: 'Redaction provider', kind: 'THIRD_SECTOR' } })
  coordinator = await actorOf(await createUser(prisma, { agencyId: provider.id, roles: ['COSA_COORDINATOR'] }))
})

describe('a restricted core member in the coordinator’s views', () => {
  it('shows neither CRN nor name wherever the coordinator sees the circle; an unrestricted one keeps both', async () => {
    const open = await startedCircle(coordinator, provider)
    const limited = await startedCircle(coordinator, provider)
    const other = await createUser(prisma, { agencyId: provider.id, roles: ['COSA_COORDINATOR'] })
    await prisma.accessRestriction.create({ data: { offenderId: limited.coreMemberId, kind: 'RESTRICTION', userId: other.id, reason: 'High-profile case' } })
    const volunteer = await prisma.circleMember.findFirstOrThrow({ where: { circleId: limited.id } })
    const soon = await prisma.circleMeeting.create({ data: { circleId: limited.id, startsAt: at(inDays(2), 18), endsAt: at(inDays(2), 19) } })
    const late = await prisma.circleMeeting.create({ data: { circleId: limited.id, startsAt: at(inDays(-4), 18), endsAt: at(inDays(-4), 19) } })
    await prisma.circleAssignment.create({ data: { meetingId: late.id, volunteerId: volunteer.volunteerId, response: 'CONFIRMED', assignedById: coordinator.userId } })
    await prisma.cosaConcern.create({ data: { circleId: limited.id, volunteerId: volunteer.volunteerId, urgency: 'ROUTINE', description: 'Mentioned a new friend.' } })
    const [person, hidden] = await Promise.all([open, limited].map((c) => prisma.offender.findUniqueOrThrow({ where: { id: c.coreMemberId } })))

    // The lists give the limited circle's rows as redacted rows: facts only, no id (issue 17 defect 6 as a kind).
    expect((await cosaDashboard(coordinator)).week.filter((m) => m.restricted)).toEqual([{ restricted: true, startsAt: soon.startsAt, confirmed: 0, pending: 0, needsCover: 0 }])
    expect((await overdueMinutes(coordinator)).filter((m) => m.restricted)).toEqual([{ restricted: true, startsAt: late.startsAt, endsAt: late.endsAt, dueAt: expect.any(Date) }])
    expect((await openConcerns(coordinator)).filter((c) => c.restricted)).toEqual([expect.objectContaining({ restricted: true, urgency: 'ROUTINE', status: 'RAISED' })])
    const circles = await listCircles(coordinator)
    expect(circles.filter((c) => c.restricted)).toEqual([expect.objectContaining({ restricted: true, status: 'ACTIVE', memberCount: 4 })])
    expect(shown(circles).find((c) => c.id === open.id)?.coreMember).toEqual({ crn: person!.crn, name: `${person!.firstName} ${person!.lastName}` })
    // The circle's own page and its rota meetings, reached by id, are not found for them (h17c, ADR 0023).
    await expect(getCircle(coordinator, limited.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getRotaMeeting(coordinator, soon.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    const openMeeting = await prisma.circleMeeting.create({ data: { circleId: open.id, startsAt: at(inDays(3), 18), endsAt: at(inDays(3), 19) } })
    expect((await getRotaMeeting(coordinator, openMeeting.id)).coreMember).toEqual({ crn: person!.crn, name: `${person!.firstName} ${person!.lastName}` })
    // Nothing else of the person travels with these rows.
    const all = JSON.stringify([await cosaDashboard(coordinator), await openConcerns(coordinator), await listCircles(coordinator)])
    for (const identifier of [hidden!.lastName, hidden!.crn, hidden!.id]) expect(all).not.toContain(identifier)
  })
})
