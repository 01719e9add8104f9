import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { getMinutes } from '../../../src/server/mappa/minutes'
import { buildWorld, type World } from '../../support/world'

// Break test 20: an action's owner who was not on the distribution list saw the action on their home page but got 404
// on the minutes. MAPPA practice sends the minutes to action owners: the owner reads the approved minutes about the
// nominals their actions concern, and nothing else of the meeting, within Limited Access (ADR 0021).
let w: World
let approved: string
let draft: string
const yesterday = new Date(Date.now() - 86_400_000)
const refused = (p: Promise<unknown>) => p.then(() => null, (e: { code?: string }) => e.code)

async function meetingWith(status: 'FINALISED' | 'PUBLISHED') {
  const m = await prisma.mappaMeeting.create({ data: { area: 'SOUTH_WALES', level: 2, startsAt: yesterday, venue: 'Cardiff Bay', chairId: w.staff.mappa.id, coordinatorId: w.staff.mappa.id, status, statementAt: yesterday } })
  const [owned, other] = await Promise.all([w.people.mine, w.people.colleagues].map((p, i) =>
    prisma.mappaAgendaItem.create({ data: { meetingId: m.id, offenderId: p.id, reason: 'REVIEW', position: i + 1, riskAssessment: `Risk of ${p.firstName}` } })))
  await prisma.mappaAction.create({ data: { meetingId: m.id, agendaItemId: owned!.id, offenderId: owned!.offenderId, description: 'Visit the address', ownerAgencyId: w.police.id, ownerUserId: w.staff.police.id, dueDate: new Date('2027-01-15') } })
  // Owned by the agency, not by this person: reaches nobody by name.
  await prisma.mappaAction.create({ data: { meetingId: m.id, agendaItemId: other!.id, offenderId: other!.offenderId, description: 'Check housing', ownerAgencyId: w.police.id, dueDate: new Date('2027-01-15') } })
  return m.id
}

beforeAll(async () => {
  w = await buildWorld()
  approved = await meetingWith('FINALISED')
  draft = await meetingWith('PUBLISHED')
})

describe('the minutes for an action’s owner who is not on the distribution list', () => {
  it('shows the approved minutes about the nominal their action concerns, and only that, audited', async () => {
    const minutes = await getMinutes(w.actors.police, approved)
    expect(minutes.scope).toBe('actions')
    expect(minutes.agendaItems.map((i) => [i.offenderId, i.riskAssessment])).toEqual([[w.people.mine.id, `Risk of ${w.people.mine.firstName}`]])
    const audit = await prisma.auditEvent.findFirst({ where: { action: 'mappa.minutes.view', subjectId: approved, actorUserId: w.staff.police.id, offenderId: w.people.mine.id } })
    expect(audit).not.toBeNull()
  })

  it('refuses draft minutes, another user, and an owner excluded from the person (Limited Access)', async () => {
    expect(await refused(getMinutes(w.actors.police, draft))).toBe('NOT_FOUND')
    expect(await refused(getMinutes(w.actors.colleague, approved))).toBe('NOT_FOUND')
    await prisma.accessRestriction.create({ data: { offenderId: w.people.mine.id, kind: 'EXCLUSION', userId: w.staff.police.id, reason: 'Neighbour of staff' } })
    expect(await refused(getMinutes(w.actors.police, approved))).toBe('NOT_FOUND')
  })
})
