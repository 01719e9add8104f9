import { addYears, subYears } from 'date-fns'
import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { allocate } from '../../../src/server/allocation/allocate'
import { getRecordPage } from '../../../src/server/offenders/record-page'
import { decideTransfer, requestTransfer } from '../../../src/server/allocation/transfer'
import { addCircleMember } from '../../../src/server/cosa/circles'
import { decideCosaReferral } from '../../../src/server/cosa/referrals'
import { leadOptions } from '../../../src/server/iom/leads'
import { setArrangements } from '../../../src/server/iom/member-changes'
import { decideCandidate } from '../../../src/server/iom/panel'
import { addAction } from '../../../src/server/mappa/item-writes'
import { scheduleMeeting } from '../../../src/server/mappa/meetings'
import { actionOwnerChoices } from '../../../src/server/mappa/room'
import { acknowledgeStatement } from '../../../src/server/mappa/run-meeting'
import type { Actor } from '../../../src/server/policy'
import { createUser } from '../../factories'
import { actorOf } from '../../support/actor'
import { buildWorld, type World } from '../../support/world'
import { fixtureCrn, nextFixtureNumber } from '../../support/unique'
import { cohort, panel, sentence } from '../iom/support'

// sec18b item 3 (issue 17): a user on a person's exclusion list is never made anything to that person — offender
// manager, IOM lead, MAPPA action owner, COSA circle coordinator or circle volunteer — and is never offered for it.
let w: World
beforeAll(async () => {
  w = await buildWorld()
})

// A senior who manages the person's lists is told the user is excluded; anyone else only to choose again (sec19b).
const excludedField = (field: string) => ({ code: 'VALIDATION', fieldErrors: { [field]: ['accessExcludedAssignee'] } })
const refusedField = (field: string, key = 'assigneeNotOffered') => ({ code: 'VALIDATION', fieldErrors: { [field]: [key] } })
const exclude = (offenderId: string, userId: string) => prisma.accessRestriction.create({ data: { offenderId, kind: 'EXCLUSION', userId, reason: 'Neighbour of staff' } })
const newPerson = async (name: string, managerId: string) =>
  prisma.offender.create({ data: { crn: fixtureCrn(await nextFixtureNumber(prisma)), firstName: name, lastName: `Ex${w.tag}`, dateOfBirth: new Date('1980-01-01'), sex: 'MALE', responsibleAgencyId: w.nps.id, offenderManagerId: managerId, teamId: w.teamA.id, lduId: w.cardiff.id } })

describe('the offender manager', () => {
  it('cannot be an officer excluded from the person, who is not offered in the allocation picker either', async () => {
    const person = w.people.excluded // managed by the colleague; the officer is excluded
    await expect(allocate(w.actors.senior, { offenderId: person.id, offenderManagerId: w.staff.officer.id, reason: 'Caseload balancing' })).rejects.toMatchObject(excludedField('offenderManagerId'))
    expect((await prisma.offender.findUniqueOrThrow({ where: { id: person.id } })).offenderManagerId).toBe(w.staff.colleague.id)
    expect(await prisma.auditEvent.count({ where: { action: 'offender.allocate', offenderId: person.id } })).toBe(0)
    const offered = (await getRecordPage(w.actors.senior, person.id)).allocation.officers.map((o) => o.id)
    expect(offered).toContain(w.staff.colleague.id)
    expect(offered).not.toContain(w.staff.officer.id)
  })

  it('is never received by transfer by a senior excluded from the person', async () => {
    const person = await newPerson('Transfer', w.staff.colleague.id)
    const receiving = await actorOf(await createUser(prisma, { roles: ['SENIOR_PROBATION_OFFICER'], agencyId: w.nps.id, teamId: w.teamB.id }))
    await exclude(person.id, receiving.userId)
    const { id } = await requestTransfer(w.actors.senior, { offenderId: person.id, toTeamId: w.teamB.id, reason: 'Moved' })
    const { version } = await prisma.transferRequest.findUniqueOrThrow({ where: { id } })
    await expect(decideTransfer(receiving, { transferId: id, version, decision: 'ACCEPT' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect((await prisma.offender.findUniqueOrThrow({ where: { id: person.id } })).teamId).toBe(w.teamA.id)
  })
})

describe('the IOM leads', () => {
  it('cannot be a probation or police lead excluded from the person, at the panel or later, and are not offered', async () => {
    const person = await newPerson('Iom', w.staff.colleague.id)
    await sentence(person.id)
    await exclude(person.id, w.staff.officer.id)
    const { id: cohortId } = await cohort(w)
    await expect(decideCandidate(w.actors.police, panel(w, cohortId, person.id))).rejects.toMatchObject(refusedField('probationLeadId'))
    expect(await prisma.iomMember.count({ where: { offenderId: person.id } })).toBe(0)

    const { memberId } = await decideCandidate(w.actors.police, panel(w, cohortId, person.id, { probationLeadId: w.staff.colleague.id }))
    await exclude(person.id, w.staff.police.id)
    const { version } = await prisma.iomMember.findUniqueOrThrow({ where: { id: memberId! } })
    await expect(setArrangements(w.actors.colleague, { memberId, version, policeLeadId: w.staff.police.id, probationLeadId: w.staff.colleague.id, flags: [] })).rejects.toMatchObject(refusedField('policeLeadId'))

    const offered = await leadOptions(w.actors.colleague, person.id)
    expect(offered.probation.map((u) => u.id)).not.toContain(w.staff.officer.id)
    expect(offered.police.map((u) => u.id)).not.toContain(w.staff.police.id)
    expect((await leadOptions(w.actors.colleague, w.people.mine.id)).probation.map((u) => u.id)).toContain(w.staff.officer.id)
  })
})

describe('an IOM lead or MAPPA action owner and a restriction list (review 66b B1)', () => {
  const restrict = (offenderId: string, userIds: string[]) => prisma.accessRestriction.createMany({ data: userIds.map((userId) => ({ offenderId, kind: 'RESTRICTION' as const, userId, reason: 'High-profile case' })) })

  it('offers and accepts as IOM lead only staff named on the list', async () => {
    const person = await newPerson('IomListed', w.staff.colleague.id)
    await sentence(person.id)
    const { id: cohortId } = await cohort(w)
    const { memberId } = await decideCandidate(w.actors.police, panel(w, cohortId, person.id, { probationLeadId: w.staff.colleague.id }))
    await restrict(person.id, [w.staff.colleague.id, w.staff.senior.id, w.staff.police.id])
    const { version } = await prisma.iomMember.findUniqueOrThrow({ where: { id: memberId! } })
    await expect(setArrangements(w.actors.colleague, { memberId, version, policeLeadId: w.staff.police.id, probationLeadId: w.staff.officer.id, flags: [] })).rejects.toMatchObject(refusedField('probationLeadId'))
    const offered = (await leadOptions(w.actors.colleague, person.id)).probation.map((u) => u.id)
    expect(offered).toContain(w.staff.colleague.id)
    expect(offered).not.toContain(w.staff.officer.id)
  })

  it('offers and accepts as MAPPA action owner only staff named on the list', async () => {
    const person = await newPerson('MappaListed', w.staff.colleague.id)
    await prisma.mappaNominal.create({ data: { offenderId: person.id, category: 1, level: 2, area: 'SOUTH_WALES', leadAgencyId: w.nps.id, startDate: new Date('2026-01-01'), nextReviewDate: new Date(Date.now() - 86_400_000) } })
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)
    const { id: meetingId } = await scheduleMeeting(w.actors.mappa, { level: '2', startsAt: `${yesterday}T14:00`, venue: 'Cardiff Bay', chairId: w.staff.mappa.id, coreAgencyIds: [w.nps.id, w.police.id], dutyToCooperateAgencyIds: [] })
    await acknowledgeStatement(w.actors.mappa, { meetingId, confirm: 'on' })
    const item = await prisma.mappaAgendaItem.findFirstOrThrow({ where: { meetingId, offenderId: person.id } })
    await restrict(person.id, [w.staff.colleague.id, w.staff.senior.id, w.staff.mappa.id])
    const offered = (await actionOwnerChoices(w.actors.mappa, meetingId, item.id)).map((u) => u.id)
    expect(offered).toContain(w.staff.colleague.id)
    expect(offered).not.toContain(w.staff.police.id)
    const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10)
    const action = { meetingId, itemId: item.id, version: item.version, description: 'Home visit', ownerAgencyId: w.police.id, dueDate: inAWeek }
    await expect(addAction(w.actors.mappa, { ...action, ownerUserId: w.staff.police.id })).rejects.toMatchObject(refusedField('ownerUserId'))
    expect(await prisma.mappaAction.count({ where: { meetingId } })).toBe(0)
  })
})

describe('a MAPPA action owner', () => {
  it('cannot be named when excluded from the nominal, nor is offered', async () => {
    const offenderId = w.people.mappaCardiff.id
    await prisma.mappaNominal.create({ data: { offenderId, category: 1, level: 2, area: 'SOUTH_WALES', leadAgencyId: w.nps.id, startDate: new Date('2026-01-01'), nextReviewDate: new Date(Date.now() - 86_400_000) } })
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)
    const { id: meetingId } = await scheduleMeeting(w.actors.mappa, { level: '2', startsAt: `${yesterday}T10:00`, venue: 'Cardiff Bay', chairId: w.staff.mappa.id, coreAgencyIds: [w.nps.id, w.police.id], dutyToCooperateAgencyIds: [] })
    await acknowledgeStatement(w.actors.mappa, { meetingId, confirm: 'on' })
    const item = await prisma.mappaAgendaItem.findFirstOrThrow({ where: { meetingId, offenderId } })
    await exclude(offenderId, w.staff.officer.id)
    // The owner picker, per nominal, leaves the officer out and offers the invited agencies' other staff (sec19b).
    const offered = (await actionOwnerChoices(w.actors.mappa, meetingId, item.id)).map((u) => u.id)
    expect(offered).toEqual(expect.arrayContaining([w.staff.colleague.id, w.staff.police.id]))
    expect(offered).not.toContain(w.staff.officer.id)
    await expect(actionOwnerChoices(w.actors.colleague, meetingId, item.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10)
    const action = { meetingId, itemId: item.id, version: item.version, description: 'Home visit', ownerAgencyId: w.nps.id, dueDate: inAWeek }
    await expect(addAction(w.actors.mappa, { ...action, ownerUserId: w.staff.officer.id })).rejects.toMatchObject(refusedField('ownerUserId'))
    expect(await prisma.mappaAction.count({ where: { meetingId } })).toBe(0)
    await addAction(w.actors.mappa, { ...action, ownerUserId: w.staff.colleague.id })
    expect(await prisma.mappaAction.count({ where: { meetingId } })).toBe(1)
  })
})

describe('a COSA circle', () => {
  let provider: { id: string }
  let coordinator: Actor
  beforeAll(async () => {
    provider = await prisma.agency.create({ data: { code: `EXCL-${w.nps.code}`, name: 'Circles Excl', kind: 'THIRD_SECTOR' } })
    coordinator = await actorOf(await createUser(prisma, { agencyId: provider.id, roles: ['COSA_COORDINATOR'] }))
  })
  const referralFor = (offenderId: string, status: 'SUBMITTED' | 'ACCEPTED') =>
    prisma.cosaReferral.create({ data: { offenderId, providerAgencyId: provider.id, referredById: w.staff.officer.id, programme: 'COMMUNITY', eligibility: 'e', suitability: 's', consentToShare: true, status } })

  it('is not coordinated by a coordinator excluded from the core member', async () => {
    const person = await newPerson('Cosa', w.staff.officer.id)
    await exclude(person.id, coordinator.userId)
    const referral = await referralFor(person.id, 'SUBMITTED')
    await expect(decideCosaReferral(coordinator, { referralId: referral.id, version: referral.version, decision: 'ACCEPTED' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await prisma.circle.count({ where: { coreMemberId: person.id } })).toBe(0)
    expect((await prisma.cosaReferral.findUniqueOrThrow({ where: { id: referral.id } })).status).toBe('SUBMITTED')
  })

  it('takes no volunteer whose account is excluded from the core member', async () => {
    const person = await newPerson('CosaVol', w.staff.officer.id)
    const referral = await referralFor(person.id, 'ACCEPTED')
    const circle = await prisma.circle.create({ data: { providerAgencyId: provider.id, coreMemberId: person.id, referralId: referral.id, coordinatorId: coordinator.userId, programme: 'COMMUNITY' } })
    const account = await createUser(prisma, { agencyId: provider.id, roles: ['COSA_VOLUNTEER'] })
    const volunteer = await prisma.cosaVolunteer.create({
      data: { agencyId: provider.id, userId: account.id, firstName: 'Vol', lastName: 'Excluded', email: `vol-ex-${w.tag}@example.org`, dateOfBirth: new Date('1970-01-01'), homeArea: 'Cardiff', stage: 'ACTIVE', referencesReceived: 2, dbsExpiresOn: addYears(new Date(), 2), trainingCompletedOn: subYears(new Date(), 1) },
    })
    await exclude(person.id, account.id)
    await expect(addCircleMember(coordinator, { circleId: circle.id, volunteerId: volunteer.id, kind: 'REGULAR' })).rejects.toMatchObject(refusedField('volunteerId'))
    expect(await prisma.circleMember.count({ where: { circleId: circle.id } })).toBe(0)
  })
})
