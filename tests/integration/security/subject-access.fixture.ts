import { prisma } from '../../../src/server/db'
import type { World } from '../../support/world'

const day = (d: string) => new Date(`${d}T00:00:00Z`)

/** Marker strings planted in third-party fields, so the test can find the rows that carry them. */
export const VICTIM_MARKER = 'Victim-Alys-Marker'
export const INTEL_MARKER = 'Intel-Source-Marker'
export const MINUTES_MARKER = 'Minutes-Neighbour-Marker'
export const VOLUNTEER_MARKER = 'Volunteermarker'

/**
 * Gives one person data in every section of the subject access bundle (issue 17): record history, a sentence with
 * its offence, requirement and event, a proven offence, a sensitive contact with enforcement, a document, risk,
 * plans, MAPPA, COSA, IOM with a police intelligence entry, pathways and a partner referral.
 */
export async function fillEverySection(w: World, offenderId: string) {
  const by = w.staff.senior.id
  const agencyId = w.nps.id
  await prisma.offenderAlias.create({ data: { offenderId, firstName: 'Al', lastName: 'Alias' } })
  await prisma.offenderDetailChange.create({ data: { offenderId, field: 'addressLine1', oldValue: '1 Old Street', newValue: '2 New Street', changedById: by } })
  await prisma.circumstanceSnapshot.create({ data: { offenderId, occasion: 'REVIEW', asAt: day('2026-10-01'), accommodation: 'SETTLED_SUITABLE', ete: 'PART_TIME', recordedById: by } })
  const sentence = await prisma.sentence.create({ data: { offenderId, type: 'COMMUNITY_ORDER', indexOffence: 'Burglary', startDate: day('2026-01-05'), expectedEndDate: day('2027-01-04') } })
  await prisma.sentenceOffence.create({ data: { sentenceId: sentence.id, category: 'ACQUISITIVE', offenceDate: day('2025-11-01'), isMain: true, description: 'Burglary' } })
  await prisma.sentenceRequirement.create({ data: { sentenceId: sentence.id, kind: 'UNPAID_WORK', description: '100 hours', unitsOrdered: 100 } })
  await prisma.sentenceEvent.create({ data: { sentenceId: sentence.id, offenderId, type: 'RECORDED', actorId: by, occurredAt: day('2026-01-05') } })
  await prisma.provenOffence.create({ data: { offenderId, offenceDate: day('2026-06-01'), category: 'ACQUISITIVE', provenOn: day('2026-07-01'), disposal: 'CAUTION', recordedById: by, recordedAgencyId: agencyId, idempotencyKey: `sar-${offenderId}`, occurredAt: day('2026-07-01') } })
  const contact = await prisma.contact.create({ data: { offenderId, type: 'APPOINTMENT', occurredAt: day('2026-09-01'), outcome: 'FAILED_TO_ATTEND', notes: 'Sensitive note', isSensitive: true, authorId: by, authorAgencyId: agencyId } })
  await prisma.enforcementAction.create({ data: { offenderId, failureContactId: contact.id } })
  await prisma.offenderDocument.create({ data: { offenderId, filename: 'psr.pdf', contentType: 'application/pdf', size: 4, sha256: 'a'.repeat(64), content: Buffer.from('%PDF'), uploadedById: by } })
  await prisma.riskAssessment.create({ data: { offenderId, overallRosh: 'MEDIUM', ratings: [], assessedOn: day('2026-08-01'), authorId: by } })
  await prisma.riskFlag.create({ data: { offenderId, type: 'DOMESTIC_ABUSE_PERPETRATOR', registeredAt: day('2026-02-01'), registeredById: by } })
  const plan = { supervision: 'Weekly', monitoringAndControl: 'Curfew', interventionsTreatment: 'Programme', contingency: 'Recall', nextReviewDate: day('2027-01-01'), authorId: by }
  await prisma.riskManagementPlan.create({ data: { offenderId, version: 1, ...plan, victimSafetyPlanning: '' } })
  await prisma.riskManagementPlan.create({ data: { offenderId, version: 2, ...plan, victimSafetyPlanning: `Keep away from ${VICTIM_MARKER} at 3 Elm Road` } })
  await prisma.sentencePlanObjective.create({ data: { offenderId, pathway: 'ACCOMMODATION', objective: 'Find settled housing', dueDate: day('2027-02-01'), createdById: by } })

  const nominal = await prisma.mappaNominal.create({ data: { offenderId, category: 2, level: 2, area: 'SOUTH_WALES', leadAgencyId: agencyId, startDate: day('2026-03-01'), nextReviewDate: day('2026-12-20') } })
  await prisma.mappaLevelChange.create({ data: { nominalId: nominal.id, toLevel: 2, reason: 'Referred', changedById: by } })
  await prisma.mappaReferral.create({ data: { offenderId, category: 2, levelSought: 2, area: 'SOUTH_WALES', indexOffence: 'Wounding', sentence: '18 months', reason: 'Risk to partner', referringAgencyId: agencyId, referredById: by } })
  const meeting = await prisma.mappaMeeting.create({ data: { area: 'SOUTH_WALES', level: 2, startsAt: new Date('2026-11-02T10:00:00Z'), chairId: by, coordinatorId: w.staff.mappa.id } })
  const item = await prisma.mappaAgendaItem.create({ data: { meetingId: meeting.id, offenderId, nominalId: nominal.id, reason: 'REVIEW', position: 1, informationShared: `Housing said ${MINUTES_MARKER} complained` } })
  await prisma.mappaAction.create({ data: { meetingId: meeting.id, agendaItemId: item.id, offenderId, description: 'Home visit', ownerAgencyId: agencyId, dueDate: day('2026-12-01') } })
  await prisma.mappaSeriousCaseReview.create({ data: { offenderId, area: 'SOUTH_WALES', offenceDate: day('2026-05-01'), offenceSummary: 'Assault', termsOfReference: 'Review', commissionedById: by } })

  const provider = await prisma.agency.create({ data: { code: `COSA-SAR-${offenderId.slice(0, 8)}`, name: 'Circles provider', kind: 'THIRD_SECTOR' } })
  const volunteer = await prisma.cosaVolunteer.create({ data: { agencyId: provider.id, firstName: 'Vol', lastName: VOLUNTEER_MARKER, email: 'vol@example.org', dateOfBirth: day('1970-01-01'), homeArea: 'Cardiff' } })
  const referral = await prisma.cosaReferral.create({ data: { offenderId, providerAgencyId: provider.id, referredById: by, programme: 'COMMUNITY', eligibility: 'Yes', suitability: 'Yes', consentToShare: true } })
  const circle = await prisma.circle.create({ data: { providerAgencyId: provider.id, coreMemberId: offenderId, referralId: referral.id, coordinatorId: by, programme: 'COMMUNITY' } })
  await prisma.circleMember.create({ data: { circleId: circle.id, volunteerId: volunteer.id, kind: 'REGULAR', joinedOn: day('2026-04-01') } })
  const circleMeeting = await prisma.circleMeeting.create({ data: { circleId: circle.id, startsAt: new Date('2026-04-08T18:00:00Z'), endsAt: new Date('2026-04-08T19:30:00Z') } })
  await prisma.circleMinutes.create({ data: { meetingId: circleMeeting.id, authorId: volunteer.id, coreMemberAttended: true, discussion: 'Talked about work', mood: 'SETTLED', goalsProgress: 'Good' } })
  await prisma.cosaConcern.create({ data: { circleId: circle.id, volunteerId: volunteer.id, urgency: 'ROUTINE', description: 'Seemed low' } })

  const cohort = await prisma.iomCohort.create({ data: { region: 'SOUTH_WALES', strand: 'FIXED', name: 'Cardiff Fixed', offenceTypes: ['ACQUISITIVE'], createdById: by } })
  const member = await prisma.iomMember.create({ data: { cohortId: cohort.id, offenderId, ragReason: 'Stable', nextReviewOn: day('2026-12-15'), selectedOn: day('2026-02-01') } })
  await prisma.iomMemberEvent.create({ data: { memberId: member.id, kind: 'SELECTED', note: 'Selected at panel', byId: by } })
  await prisma.iomPanelDecision.create({ data: { cohortId: cohort.id, offenderId, selected: true, reason: 'Prolific', panelOn: day('2026-02-01'), panelists: ['senior'], decidedById: by } })
  await prisma.policeIntelligence.create({ data: { offenderId, summary: `Seen with ${INTEL_MARKER}`, grading: 'B2P', recordedOn: day('2026-10-10'), authorId: w.staff.police.id, authorAgencyId: w.police.id } })

  const need = await prisma.supportNeed.create({ data: { pathway: 'ACCOMMODATION', label: `No fixed abode ${w.tag}`, labelCy: `Dim cyfeiriad sefydlog ${w.tag}` } })
  const assessment = await prisma.pathwayAssessment.create({ data: { offenderId, pathway: 'ACCOMMODATION', need: 'HIGH', status: 'IN_PROGRESS', needIds: [need.id] } })
  await prisma.pathwayUpdate.create({ data: { assessmentId: assessment.id, need: 'HIGH', status: 'IN_PROGRESS', needIds: [need.id], note: 'Bidding for a flat', authorId: by, authorAgencyId: agencyId } })
  const service = await prisma.partnerService.create({ data: { providerAgencyId: provider.id, name: 'Housing support', pathways: ['ACCOMMODATION'], contactEmail: 'h@example.org' } })
  const partnerReferral = await prisma.partnerReferral.create({ data: { offenderId, serviceId: service.id, referredById: by, pathway: 'ACCOMMODATION', needIds: [need.id], reason: 'Needs a flat', consentToShare: true } })
  await prisma.partnerReferralUpdate.create({ data: { referralId: partnerReferral.id, kind: 'NOTE', note: 'Called', authorId: by, authorAgencyId: agencyId } })
  await prisma.auditEvent.create({ data: { actorUserId: w.staff.colleague.id, actorAgencyId: agencyId, actorRoles: ['PROBATION_OFFICER'], action: 'offender.view', subjectType: 'Offender', subjectId: offenderId, offenderId } })
}
