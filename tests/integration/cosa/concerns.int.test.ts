import { addYears, subYears } from 'date-fns'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ZodError } from 'zod'
import { prisma } from '../../../src/server/db'
import { concernsAbout, openConcerns, passOnConcern, raiseConcern, recordConcernOutcome } from '../../../src/server/cosa/concerns'
import { findTimeline } from '../../../src/server/contacts/find-timeline'
import type { Actor } from '../../../src/server/policy'
import { issueKey } from '../../../src/server/validation-messages'
import { createUser } from '../../factories'
import { actorOf } from '../../support/actor'
import { buildWorld, type World } from '../../support/world'
import { shown } from '../../support/shown-rows'

let w: World
let coordinator: Actor
let volunteer: Actor
let outsider: Actor
let circleId: string
let concernId: string
const issues = (e: unknown) => Object.fromEntries((e as ZodError).issues.map((i) => [i.path.join('.'), issueKey(i).key]))

beforeAll(async () => {
  w = await buildWorld()
  const provider = await prisma.agency.create({ data: { code: `CONCERN-${w.nps.code}`, name: 'Concern provider', kind: 'THIRD_SECTOR' } })
  coordinator = await actorOf(await createUser(prisma, { agencyId: provider.id, roles: ['COSA_COORDINATOR'] }))
  const user = await createUser(prisma, { agencyId: provider.id, roles: ['COSA_VOLUNTEER'] })
  volunteer = await actorOf(user)
  outsider = await actorOf(await createUser(prisma, { agencyId: provider.id, roles: ['COSA_VOLUNTEER'] }))
  const v = await prisma.cosaVolunteer.create({ data: { agencyId: provider.id, userId: user.id, firstName: 'Eirlys', lastName: 'H', email: 'e@example.org', dateOfBirth: new Date('1970-01-01'), homeArea: 'Bangor', stage: 'ACTIVE', dbsExpiresOn: addYears(new Date(), 2), trainingCompletedOn: subYears(new Date(), 1) } })
  const referral = await prisma.cosaReferral.create({ data: { offenderId: w.people.mine.id, providerAgencyId: provider.id, referredById: w.staff.officer.id, programme: 'COMMUNITY', eligibility: 'e', suitability: 's', consentToShare: true, status: 'ACCEPTED' } })
  circleId = (await prisma.circle.create({ data: { providerAgencyId: provider.id, coreMemberId: w.people.mine.id, referralId: referral.id, coordinatorId: coordinator.userId, programme: 'COMMUNITY', status: 'ACTIVE' } })).id
  await prisma.circleMember.create({ data: { circleId, volunteerId: v.id, kind: 'REGULAR', joinedOn: new Date() } })
})

describe('a COSA concern', () => {
  it('is raised by a volunteer of the circle only, with clear messages for bad input', async () => {
    expect(issues(await raiseConcern(volunteer, { circleId, urgency: 'SOON', description: '' }).catch((e: unknown) => e))).toEqual({ urgency: 'chooseOption', description: 'required' })
    await expect(raiseConcern(outsider, { circleId, urgency: 'URGENT', description: 'x' })).rejects.toMatchObject({ fieldErrors: { circleId: ['chooseOption'] } })
    await expect(raiseConcern(w.actors.officer, { circleId, urgency: 'URGENT', description: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    concernId = (await raiseConcern(volunteer, { circleId, urgency: 'URGENT', description: 'Said he has been messaging a 15-year-old online.' })).id
    expect(shown(await openConcerns(coordinator)).map((c) => c.id)).toEqual([concernId])
  })

  it('is passed on by the coordinator onto the person’s timeline, where the officer sees it and records the outcome', async () => {
    await expect(passOnConcern(w.actors.officer, { concernId, riskJudgement: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await passOnConcern(coordinator, { concernId, riskJudgement: 'Serious: possible grooming. Police and offender manager informed by phone.' })
    const timeline = await findTimeline(w.actors.officer, { offenderId: w.people.mine.id })
    expect(timeline.entries.some((e) => e.kind === 'contact' && e.notes.includes('messaging a 15-year-old') && e.type === 'PARTNER_UPDATE')).toBe(true)
    expect(shown(await openConcerns(coordinator)).find((c) => c.id === concernId)).toMatchObject({ status: 'PASSED_ON', breach: false })
    expect((await concernsAbout(w.actors.officer, w.people.mine.id)).map((c) => c.id)).toEqual([concernId])
    await expect(recordConcernOutcome(await actorOf(w.staff.northOfficer), { concernId, outcome: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await recordConcernOutcome(w.actors.officer, { concernId, outcome: 'Home visit with police the same evening; devices seized; recall considered.' })
    expect(await openConcerns(coordinator)).toEqual([])
    expect(await prisma.auditEvent.count({ where: { subjectId: concernId, action: { startsWith: 'cosa.concern.' } } })).toBe(3)
  })

  it('counts as a breach when urgent and not passed on the day it was raised', async () => {
    const late = await prisma.cosaConcern.create({ data: { circleId, volunteerId: (await prisma.circleMember.findFirstOrThrow({ where: { circleId } })).volunteerId, urgency: 'URGENT', description: 'Old', raisedAt: new Date(Date.now() - 2 * 86_400_000) } })
    expect(shown(await openConcerns(coordinator)).find((c) => c.id === late.id)?.breach).toBe(true)
  })
})
