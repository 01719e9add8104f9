import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { getRotaMeeting } from '../../../src/server/cosa/rota-views'
import { mergeOffenders } from '../../../src/server/offenders/merge-offenders'
import { createOffender } from '../../factories'
import { buildWorld, type World } from '../../support/world'
import { circleWithVolunteer } from './volunteer-circle'

// The left item of h17g (issue 17): merging two records brings their Limited Access lists together, and a volunteer
// serving in the kept person's circle whom the duplicate's exclusion list names is kept out of it from then on. The
// senior was told nothing (as a list change now tells them, break 28 D6); the merge now says whom it keeps out.
// Red before: the result had no keptOutOfCircle and the audit detail did not name them.

let w: World
beforeAll(async () => {
  w = await buildWorld()
})

describe('merging records whose lists keep a serving volunteer out', () => {
  it('names the volunteers the merged lists keep out of the circle, and audits them', async () => {
    const mine = await prisma.offender.findUniqueOrThrow({ where: { id: w.people.mine.id } })
    const inTeam = { responsibleAgencyId: mine.responsibleAgencyId, offenderManagerId: mine.offenderManagerId, teamId: mine.teamId, lduId: mine.lduId }
    const c = await circleWithVolunteer('MRG', inTeam)
    const duplicate = await createOffender(prisma, inTeam)
    await prisma.accessRestriction.create({ data: { offenderId: duplicate.id, kind: 'EXCLUSION', userId: c.alun.userId, reason: 'Knows the family', createdById: w.staff.senior.id } })

    const merged = await mergeOffenders(w.actors.senior, { keepId: c.person.id, mergeCrn: duplicate.crn, reason: 'Same person: matching PNC' })
    const alun = await prisma.user.findUniqueOrThrow({ where: { id: c.alun.userId } })
    expect(merged.keptOutOfCircle).toEqual([alun.name])
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'offender.merge', offenderId: c.person.id } })
    expect(audit.detail).toMatchObject({ keptOutOfCircle: [c.alun.userId] })
    // And the coordinator's meeting page counts his place as needing cover, as for any list change.
    expect((await getRotaMeeting(c.coordinator, c.coming.id)).noLongerServing).toEqual(['Alun'])
  })

  it('names nobody when the lists keep out no one new', async () => {
    const colleagues = await prisma.offender.findUniqueOrThrow({ where: { id: w.people.colleagues.id } })
    const inTeam = { responsibleAgencyId: colleagues.responsibleAgencyId, offenderManagerId: colleagues.offenderManagerId, teamId: colleagues.teamId, lduId: colleagues.lduId }
    const c = await circleWithVolunteer('MRN', inTeam)
    const duplicate = await createOffender(prisma, inTeam)
    expect((await mergeOffenders(w.actors.senior, { keepId: c.person.id, mergeCrn: duplicate.crn, reason: 'Same person' })).keptOutOfCircle).toEqual([])
  })
})
