import { prisma } from '../../../src/server/db'
import { renewCalendarLink } from '../../../src/server/cosa/calendar'
import { createOffender } from '../../factories'
import type { World } from '../../support/world'
import type { RoleCaller } from './role-actors'
import { plantRouteMarkers } from './route-markers'
import { fillEverySection } from './subject-access.fixture'

/**
 * Restricted MAPPA minutes text (issue 17, the suite): planted in a finalised meeting's minutes about one nominal, in
 * the information shared, the disclosure decision and an agreed action. Only those who run the meeting (the chair, the
 * area's coordinators) and its distribution list (attendees) may read it; someone granted the minutes about ANOTHER
 * nominal of the same meeting must not. Letters and dashes only, so a PDF's line-breaking keeps it whole.
 */
export const MAPPA_MARKER = {
  shared: 'MappaSharedMarker',
  disclosure: 'MappaDisclosureMarker',
  action: 'MappaActionMarker',
} as const

const day = (d: string) => new Date(`${d}T00:00:00Z`)

/**
 * The records every route handler is requested with (issue 17, the suite): for each kind of dynamic segment, an id in
 * the callers' scope, one out of every caller's scope and one of a Limited Access person, made from factories against
 * real Postgres. Input: the world and its callers (the COSA coordinator's agency is the provider of one scheme).
 * Output: the ids, the calendar address tokens of the world's volunteer and a second one, and every restricted
 * string planted for the scan (route-markers.ts and the MAPPA minutes'), by name.
 */
export async function routeFixtures(w: World, callers: RoleCaller[]) {
  // A person on the world officer's caseload (team A, Cardiff) with data in every section, MAPPA nominal in South Wales.
  const subject = await createOffender(prisma, { responsibleAgencyId: w.nps.id, offenderManagerId: w.staff.officer.id, teamId: w.teamA.id, lduId: w.cardiff.id })
  await fillEverySection(w, subject.id)
  const documentOf = (offenderId: string) =>
    prisma.offenderDocument.create({ data: { offenderId, filename: 'report.pdf', contentType: 'application/pdf', size: 4, sha256: 'b'.repeat(64), content: Buffer.from('%PDF'), uploadedById: w.staff.senior.id } })
  const documents = { inScope: await documentOf(subject.id), outOfScope: await documentOf(w.people.north.id), limited: await documentOf(w.people.excluded.id) }

  const enforcement = await prisma.enforcementAction.findFirstOrThrow({ where: { offenderId: subject.id } })
  await prisma.enforcementAction.update({ where: { id: enforcement.id }, data: { status: 'ISSUED', kind: 'WARNING', reason: 'Missed appointment', decidedById: w.staff.officer.id, decidedAt: new Date() } })
  // The Limited Access person's enforcement: the world officer is excluded from them.
  const excludedContact = await prisma.contact.create({ data: { offenderId: w.people.excluded.id, type: 'APPOINTMENT', occurredAt: day('2026-09-02'), outcome: 'FAILED_TO_ATTEND', notes: 'Did not come', authorId: w.staff.colleague.id, authorAgencyId: w.nps.id } })
  const limitedEnforcement = await prisma.enforcementAction.create({ data: { offenderId: w.people.excluded.id, failureContactId: excludedContact.id, status: 'ISSUED', kind: 'WARNING', reason: 'Missed appointment', decidedById: w.staff.colleague.id, decidedAt: new Date() } })

  // A finalised South Wales meeting chaired by a senior who is no caller: the coordinator runs it, police attended, and
  // the world officer was granted the minutes about their own person only.
  const meeting = await prisma.mappaMeeting.create({
    data: { area: 'SOUTH_WALES', level: 2, startsAt: new Date('2026-11-02T10:00:00Z'), endedAt: new Date('2026-11-02T12:00:00Z'), minuteTaker: 'Sian Pugh', chairId: w.staff.otherSenior.id, coordinatorId: w.staff.mappa.id, status: 'FINALISED', publishedAt: new Date('2026-10-20T09:00:00Z'), statementAt: new Date('2026-11-02T10:05:00Z'), finalisedAt: new Date('2026-11-03T09:00:00Z') },
  })
  await prisma.mappaAttendance.create({ data: { meetingId: meeting.id, agencyId: w.police.id, userId: w.staff.police.id, name: 'Police', status: 'PRESENT' } })
  const nominal = await prisma.mappaNominal.create({ data: { offenderId: w.people.mappaCardiff.id, category: 1, level: 2, area: 'SOUTH_WALES', leadAgencyId: w.nps.id, startDate: day('2026-01-01'), nextReviewDate: day('2027-02-01') } })
  const restrictedItem = await prisma.mappaAgendaItem.create({
    data: { meetingId: meeting.id, offenderId: w.people.mappaCardiff.id, nominalId: nominal.id, reason: 'REVIEW', position: 1, status: 'LISTED', informationShared: `Neighbours reported ${MAPPA_MARKER.shared}`, riskAssessment: 'High risk to a known adult', levelDecision: 'CONTINUE', nextReviewDate: day('2027-02-01'), disclosureConsidered: true, disclosureDecision: 'DISCLOSE', disclosureTo: 'New partner', disclosureBy: 'Police', disclosureReason: `Risk to her children ${MAPPA_MARKER.disclosure}`, recordedAt: new Date('2026-11-02T11:00:00Z') },
  })
  await prisma.mappaAction.create({ data: { meetingId: meeting.id, agendaItemId: restrictedItem.id, offenderId: w.people.mappaCardiff.id, description: `Visit the address ${MAPPA_MARKER.action}`, ownerAgencyId: w.police.id, dueDate: day('2026-12-20') } })
  const subjectNominal = await prisma.mappaNominal.findFirstOrThrow({ where: { offenderId: subject.id } })
  await prisma.mappaAgendaItem.create({
    data: { meetingId: meeting.id, offenderId: subject.id, nominalId: subjectNominal.id, reason: 'REVIEW', position: 2, status: 'LISTED', informationShared: 'Settled at the hostel', riskAssessment: 'Medium', levelDecision: 'CONTINUE', nextReviewDate: day('2027-02-01'), disclosureConsidered: false, recordedAt: new Date('2026-11-02T11:30:00Z') },
  })
  await prisma.mappaMinutesRequest.create({ data: { meetingId: meeting.id, offenderId: subject.id, requesterId: w.staff.officer.id, reason: 'I supervise him', status: 'GRANTED', decidedById: w.staff.mappa.id, decidedAt: new Date() } })

  // Two COSA schemes: one paying for the COSA coordinator's own provider's circles, one for another provider's.
  const cosa = callers.find((c) => c.role === 'COSA_COORDINATOR')!
  const scheme = (providerAgencyId: string, name: string) =>
    prisma.commissionedScheme.create({ data: { name, funder: 'PCC', funderName: 'South Wales PCC', region: 'SOUTH_WALES', serves: 'COSA_CIRCLES', providerAgencyId } })
  const otherProvider = await prisma.agency.create({ data: { code: `PROV-${w.tag}`.toUpperCase(), name: `Other provider ${w.tag}`, kind: 'THIRD_SECTOR' } })
  const schemes = { own: await scheme(cosa.actor.agencyId, `Circles ${w.tag}`), other: await scheme(otherProvider.id, `Other circles ${w.tag}`) }

  // The world volunteer's own volunteer record and a calendar address for it.
  const volunteer = await prisma.cosaVolunteer.create({ data: { agencyId: cosa.actor.agencyId, userId: w.staff.volunteer.id, firstName: 'Cerys', lastName: 'Volunteer', email: `cerys-${w.tag}@example.org`, dateOfBirth: day('1975-04-01'), homeArea: 'Cardiff', stage: 'ACTIVE' } })
  const { token } = await renewCalendarLink(w.actors.volunteer)

  const planted = await plantRouteMarkers(w, { subjectId: subject.id, subjectNominalId: subjectNominal.id, providerId: cosa.actor.agencyId, volunteerId: volunteer.id })
  const markers = { ...planted.markers, mappaShared: MAPPA_MARKER.shared, mappaDisclosure: MAPPA_MARKER.disclosure, mappaAction: MAPPA_MARKER.action }
  return { subject, documents, enforcement, limitedEnforcement, meeting, schemes, calendarToken: token, otherCalendarToken: planted.otherCalendarToken, markers }
}

export type RouteFixtures = Awaited<ReturnType<typeof routeFixtures>>
