import { prisma } from '../../../src/server/db'
import { createOffender } from '../../factories'
import type { World } from '../../support/world'
import { cosaRecords } from './realistic-records-cosa'
import { mappaRecords } from './realistic-records-mappa'
import { otherRecords } from './realistic-records-other'
import type { RoleCaller } from './role-actors'

const day = (offset: number) => new Date(`${new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)}T00:00:00Z`)

/**
 * The existing records the realistic inputs change (issue 17, the suite): each in the scope of the role that may change
 * it (the world officer's person, an agency and user of the world's, volunteers of the COSA coordinator caller's
 * provider), each used by one action so that action's realistic input names a current version. Made once per test
 * file, after the world and its callers. Output: the records.
 */
export async function realisticRecords(w: World, callers: RoleCaller[]) {
  const offenderId = w.people.mine.id
  const officer = w.staff.officer.id
  const flag = (type: 'MENTAL_HEALTH' | 'GANGS') => prisma.riskFlag.create({ data: { offenderId, type, registeredAt: day(-30), nextReviewDate: day(30), registeredById: officer } })
  const need = (label: string) => prisma.supportNeed.create({ data: { pathway: 'ACCOMMODATION', label: `${label} ${w.tag}`, labelCy: `${label} ${w.tag} (cy)` } })
  const partnerProvider = await prisma.agency.create({ data: { code: `LA-${w.tag}`.toUpperCase(), name: `Cyngor ${w.tag}`, kind: 'LOCAL_AUTHORITY', region: 'SOUTH_WALES' } })
  const service = (name: string) =>
    prisma.partnerService.create({ data: { providerAgencyId: partnerProvider.id, name: `${name} ${w.tag}`, pathways: ['ACCOMMODATION'], regions: ['SOUTH_WALES'], contactEmail: 'housing@example.org' } })
  // A COSA provider is an agency with an active coordinator.
  const cosaProvider = await prisma.agency.create({ data: { code: `CIRCLES-${w.tag}`.toUpperCase(), name: `Circles ${w.tag}`, kind: 'THIRD_SECTOR', region: 'SOUTH_WALES' } })
  await prisma.user.create({ data: { email: `circles-${w.tag}@llwybr.test`, name: 'Circles coordinator', roles: ['COSA_COORDINATOR'], agencyId: cosaProvider.id } })
  const appointment = (offset: number) =>
    prisma.contact.create({ data: { offenderId, type: 'APPOINTMENT', occurredAt: new Date(day(offset).getTime() + 10 * 3_600_000), appointmentType: 'TELEPHONE', durationMinutes: 30, notes: 'Supervision', authorId: officer, authorAgencyId: w.nps.id, staffId: officer } })
  // People of team A whom the senior manages as a team: one unallocated, one to transfer, one on a restriction list
  // the senior is on, and the colleague's person with an exclusion to remove.
  const teamPerson = (offenderManagerId: string | null) =>
    createOffender(prisma, { responsibleAgencyId: w.nps.id, teamId: w.teamA.id, lduId: w.cardiff.id, offenderManagerId })
  const restricted = await teamPerson(officer)
  await prisma.accessRestriction.create({ data: { offenderId: restricted.id, kind: 'RESTRICTION', userId: w.staff.senior.id, reason: 'Known to staff' } })
  const provider = callers.find((c) => c.role === 'COSA_COORDINATOR')!.actor.agencyId
  const volunteer = (lastName: string) =>
    prisma.cosaVolunteer.create({ data: { agencyId: provider, firstName: 'Realistic', lastName: `${lastName}${w.tag}`, email: `${lastName.toLowerCase()}-${w.tag}@example.org`, dateOfBirth: day(-40 * 365), homeArea: 'Cardiff' } })
  // Referrals on the officer's person to the partner caller's own service, at the step each action takes.
  const partnerService = await prisma.partnerService.create({ data: { providerAgencyId: callers.find((c) => c.role === 'PARTNER_CASEWORKER')!.actor.agencyId, name: `Drug service ${w.tag}`, pathways: ['DRUGS_ALCOHOL'], regions: ['SOUTH_WALES'], contactEmail: 'drugs@example.org' } })
  const referral = (status: 'SUBMITTED' | 'ACCEPTED', assessedOn: Date | null = null) =>
    prisma.partnerReferral.create({ data: { offenderId, serviceId: partnerService.id, referredById: officer, pathway: 'DRUGS_ALCOHOL', reason: 'Wants help with alcohol', consentToShare: true, status, assessedOn } })
  // An IOM cohort of the officer's force area and members of it: people the officer manages.
  const cohort = await prisma.iomCohort.create({ data: { region: 'SOUTH_WALES', strand: 'FIXED', name: `Fixed ${w.tag}`, offenceTypes: ['ACQUISITIVE'], createdById: officer } })
  const member = async () => {
    const person = await teamPerson(officer)
    return prisma.iomMember.create({ data: { cohortId: cohort.id, offenderId: person.id, ragReason: 'Stable', nextReviewOn: day(20), selectedOn: day(-60) } })
  }
  // Sentences and enforcement of people the officer manages.
  const sentenceOf = async () => {
    const person = await teamPerson(officer)
    return prisma.sentence.create({ data: { offenderId: person.id, type: 'COMMUNITY_ORDER', indexOffence: 'Burglary', startDate: day(-200), expectedEndDate: day(165) } })
  }
  const withUnpaidWork = await sentenceOf()
  const failure = async (status: 'AWAITING_DECISION' | 'AWAITING_COUNTERSIGNATURE') => {
    const person = await teamPerson(officer)
    const contact = await prisma.contact.create({ data: { offenderId: person.id, type: 'APPOINTMENT', occurredAt: day(-3), outcome: 'FAILED_TO_ATTEND', notes: 'Did not come', authorId: officer, authorAgencyId: w.nps.id } })
    const decided = status === 'AWAITING_COUNTERSIGNATURE' ? { kind: 'BREACH' as const, reason: 'Second failure', decidedById: officer, decidedAt: new Date() } : {}
    return prisma.enforcementAction.create({ data: { offenderId: person.id, failureContactId: contact.id, status, ...decided } })
  }
  // Transfers: one from team B to the senior's team A awaiting them, one the senior asked for out of team A.
  const inTeamB = await createOffender(prisma, { responsibleAgencyId: w.nps.id, teamId: w.teamB.id, lduId: w.cardiff.id, offenderManagerId: w.staff.otherTeamOfficer.id })
  const leaving = await teamPerson(w.staff.colleague.id)
  const coordinator = callers.find((c) => c.role === 'COSA_COORDINATOR')!.actor
  // MAPPA meetings of South Wales run by the world's coordinator: one held yesterday with the statement still to read,
  // one held yesterday with the statement read and two nominals listed, one ahead to publish, one approved.
  const meeting = async (startsAt: Date, data: { statementAt?: Date; status?: 'SCHEDULED' | 'PUBLISHED' | 'FINALISED' } = {}) => {
    const m = await prisma.mappaMeeting.create({ data: { area: 'SOUTH_WALES', level: 2, startsAt, venue: 'Cardiff Bay', chairId: w.staff.mappa.id, coordinatorId: w.staff.mappa.id, ...data } })
    await prisma.mappaInvitation.createMany({ data: [w.nps.id, w.police.id].map((agencyId) => ({ meetingId: m.id, agencyId, kind: 'CORE' as const })) })
    return m
  }
  const yesterday = new Date(day(-1).getTime() + 10 * 3_600_000)
  const item = async (meetingId: string, position: number) => {
    const person = await teamPerson(officer)
    // Reviews far off: a due nominal left in this worker's database joins every later file's South Wales level 2
    // agenda (CI run 42: heard-at-other-level; meeting-run's approval in a mappa + security run).
    const nominal = await prisma.mappaNominal.create({ data: { offenderId: person.id, category: 1, level: 2, area: 'SOUTH_WALES', leadAgencyId: w.nps.id, startDate: day(-100), nextReviewDate: day(200) } })
    return prisma.mappaAgendaItem.create({ data: { meetingId, offenderId: person.id, nominalId: nominal.id, reason: 'REVIEW', position } })
  }
  const toOpen = await meeting(yesterday)
  // Held on a published agenda: a meeting is held only once its agenda went out (walk 20, D7).
  const running = await meeting(yesterday, { statementAt: yesterday, status: 'PUBLISHED' })
  const approved = await meeting(new Date(day(-8).getTime() + 10 * 3_600_000), { status: 'FINALISED', statementAt: day(-8) })
  const approvedItem = await prisma.mappaAgendaItem.create({ data: { meetingId: approved.id, offenderId, reason: 'REVIEW', position: 1, informationShared: 'Settled' } })
  const attendee = (meetingId: string, userId: string | null, name: string) => prisma.mappaAttendance.create({ data: { meetingId, agencyId: w.nps.id, userId, name } })
  const ahead = await meeting(new Date(day(9).getTime() + 10 * 3_600_000))
  await item(ahead.id, 1)
  // Its own meeting, so deferring by a sealed reference (walk 25 O3) claims a version no other input has moved.
  const byRef = await meeting(new Date(day(11).getTime() + 10 * 3_600_000))
  const mappaMeetings = {
    toOpen,
    running,
    ahead,
    approved,
    expected: await attendee(toOpen.id, w.staff.colleague.id, 'Colleague'),
    guest: await attendee(toOpen.id, null, 'Housing officer'),
    itemToDraft: await item(running.id, 1),
    itemToAct: await item(running.id, 2),
    itemToDefer: await item(running.id, 3),
    byRef,
    itemByRef: await item(byRef.id, 1),
    request: await prisma.mappaMinutesRequest.create({ data: { meetingId: approved.id, offenderId, requesterId: w.staff.colleague.id, reason: 'I cover his case' } }),
    action: await prisma.mappaAction.create({ data: { meetingId: approved.id, agendaItemId: approvedItem.id, offenderId, description: 'Home visit', ownerAgencyId: w.nps.id, ownerUserId: officer, dueDate: day(10) } }),
  }
  const scheduled = await volunteer('Scheduled')
  const portalVolunteer = await prisma.cosaVolunteer.create({ data: { agencyId: provider, userId: w.staff.volunteer.id, firstName: 'Portal', lastName: `Volunteer${w.tag}`, email: `portal-${w.tag}@example.org`, dateOfBirth: day(-40 * 365), homeArea: 'Cardiff', stage: 'ACTIVE' } })
  const nominalPerson = async () => {
    const person = await teamPerson(officer)
    await prisma.mappaNominal.create({ data: { offenderId: person.id, category: 2, level: 2, area: 'SOUTH_WALES', leadAgencyId: w.nps.id, startDate: day(-100), nextReviewDate: day(40) } })
    return person
  }
  const toList = await meeting(new Date(day(11).getTime() + 10 * 3_600_000))
  const toReorder = await meeting(new Date(day(12).getTime() + 10 * 3_600_000))
  // Circles forming at the coordinator's provider, round people the officer referred, and a vetted volunteer.
  const circle = async () => {
    const person = await teamPerson(officer)
    const accepted = await prisma.cosaReferral.create({ data: { offenderId: person.id, providerAgencyId: provider, referredById: officer, programme: 'COMMUNITY', eligibility: 'Sexual offence', suitability: 'Motivated', consentToShare: true, status: 'ACCEPTED' } })
    return prisma.circle.create({ data: { providerAgencyId: provider, coreMemberId: person.id, referralId: accepted.id, coordinatorId: callers.find((c) => c.role === 'COSA_COORDINATOR')!.actor.userId, programme: 'COMMUNITY' } })
  }
  const vetted = () =>
    prisma.cosaVolunteer.create({ data: { agencyId: provider, firstName: 'Vetted', lastName: `Volunteer${w.tag}`, email: `vetted-${w.tag}@example.org`, dateOfBirth: day(-40 * 365), homeArea: 'Cardiff', stage: 'ACTIVE', referencesReceived: 2, dbsExpiresOn: day(700), trainingCompletedOn: day(-300) } })
  const withMember = await circle()
  const circles = { toSetUp: await circle(), toJoin: await circle(), withMember, toAgree: await circle(), member: await prisma.circleMember.create({ data: { circleId: withMember.id, volunteerId: (await vetted()).id, kind: 'REGULAR', joinedOn: day(-7) } }), joiner: await vetted() }
  const mappaReferral = async () => {
    const person = await teamPerson(officer)
    return prisma.mappaReferral.create({ data: { offenderId: person.id, category: 2, levelSought: 2, area: 'SOUTH_WALES', indexOffence: 'Wounding', sentence: '18 months', reason: 'Risk to a former partner', referringAgencyId: w.nps.id, referredById: officer } })
  }
  const levelled = await teamPerson(officer)
  return {
    mappaReferrals: { toAccept: await mappaReferral(), toReturn: await mappaReferral(), toWithdraw: await mappaReferral() },
    nominalToRelevel: await prisma.mappaNominal.create({ data: { offenderId: levelled.id, category: 2, level: 2, area: 'SOUTH_WALES', leadAgencyId: w.nps.id, startDate: day(-100), nextReviewDate: day(40) } }),
    toRefresh: await meeting(new Date(day(13).getTime() + 10 * 3_600_000)),
    circles,
    availability: await prisma.cosaAvailability.create({ data: { volunteerId: scheduled.id, weekday: 3, fromTime: '18:00', toTime: '21:00' } }),
    leave: await prisma.cosaLeave.create({ data: { volunteerId: scheduled.id, fromDate: day(20), toDate: day(25) } }),
    portalVolunteer,
    toList,
    nominalToList: await nominalPerson(),
    nominalToReview: await nominalPerson(),
    toReorder,
    reorderItem: (await item(toReorder.id, 1), await item(toReorder.id, 2)),
    scheme: await prisma.commissionedScheme.create({ data: { name: `Scheme ${w.tag}`, funder: 'PCC', funderName: 'South Wales PCC', region: 'SOUTH_WALES', serves: 'COSA_CIRCLES', providerAgencyId: cosaProvider.id } }),
    mappaMeetings,
    transferIn: await prisma.transferRequest.create({ data: { offenderId: inTeamB.id, fromTeamId: w.teamB.id, toTeamId: w.teamA.id, reason: 'Moved across the city', requestedById: w.staff.mappa.id } }),
    transferOut: await prisma.transferRequest.create({ data: { offenderId: leaving.id, fromTeamId: w.teamA.id, toTeamId: w.teamB.id, reason: 'Moved across the city', requestedById: w.staff.senior.id } }),
    duplicate: await teamPerson(officer),
    cosaReferral: await prisma.cosaReferral.create({ data: { offenderId: (await teamPerson(officer)).id, providerAgencyId: coordinator.agencyId, referredById: officer, programme: 'COMMUNITY', eligibility: 'Sexual offence; on licence', suitability: 'Motivated', consentToShare: true } }),
    sentenceToEnd: await sentenceOf(),
    sentenced: withUnpaidWork,
    unpaidWork: await prisma.sentenceRequirement.create({ data: { sentenceId: withUnpaidWork.id, kind: 'UNPAID_WORK', description: '100 hours', unitsOrdered: 100 } }),
    enforcementToDecide: await failure('AWAITING_DECISION'),
    enforcementToCountersign: await failure('AWAITING_COUNTERSIGNATURE'),
    cohort,
    members: { toRag: await member(), toReview: await member(), toPause: await member(), toPlan: await member(), toArrange: await member() },
    partnerReferrals: {
      toDecide: await referral('SUBMITTED'),
      toWithdraw: await referral('SUBMITTED'),
      toNote: await referral('ACCEPTED'),
      toBook: await referral('ACCEPTED'),
      toAssess: await referral('ACCEPTED'),
      toPlan: await referral('ACCEPTED', day(0)),
      toClose: await referral('ACCEPTED'),
    },
    volunteers: { toAdvance: await volunteer('Advance'), toVet: await volunteer('Vet'), toTrain: await volunteer('Train'), toReference: await volunteer('Reference'), toLimit: await volunteer('Limit'), toSchedule: await volunteer('Schedule') },
    appointmentToCancel: await appointment(14),
    appointmentToMove: await appointment(15),
    appointmentHeld: await appointment(-1),
    unallocated: await teamPerson(null),
    toTransfer: await teamPerson(w.staff.colleague.id),
    restricted,
    exclusion: await prisma.accessRestriction.create({ data: { offenderId: w.people.colleagues.id, kind: 'EXCLUSION', userId: w.staff.northOfficer.id, reason: 'Former neighbour' } }),
    objective: await prisma.sentencePlanObjective.create({ data: { offenderId, pathway: 'ACCOMMODATION', objective: 'Find settled housing', dueDate: day(60), createdById: officer } }),
    flagToReview: await flag('MENTAL_HEALTH'),
    flagToEnd: await flag('GANGS'),
    contact: await prisma.contact.create({ data: { offenderId, type: 'CASE_NOTE', occurredAt: day(-1), notes: 'Phoned about housing', authorId: officer, authorAgencyId: w.nps.id } }),
    needToRename: await need('Rent arrears'),
    needToRetire: await need('Hostel place'),
    user: await prisma.user.create({ data: { email: `realistic-${w.tag}@llwybr.test`, name: 'Realistic officer', roles: ['PROBATION_OFFICER'], agencyId: w.nps.id, teamId: w.teamA.id } }),
    agency: await prisma.agency.create({ data: { code: `REAL-${w.tag}`.toUpperCase(), name: `Realistic ${w.tag}`, kind: 'OTHER' } }),
    partnerProvider,
    cosaProvider,
    serviceToEdit: await service('Tenancy support'),
    serviceToPause: await service('Floating support'),
    serviceToReferTo: await service('Housing advice'),
    cosa: await cosaRecords(w, coordinator, portalVolunteer),
    mappa: await mappaRecords(w),
    other: await otherRecords(w),
  }
}

export type RealisticRecords = Awaited<ReturnType<typeof realisticRecords>>
