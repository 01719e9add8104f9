import { prisma } from '../../../src/server/db'
import { renewCalendarLink } from '../../../src/server/cosa/calendar'
import { actorOf } from '../../support/actor'
import type { World } from '../../support/world'

const day = (d: string) => new Date(`${d}T00:00:00Z`)
const inDays = (n: number, hour: number) => new Date(Math.ceil(Date.now() / 86_400_000 + n) * 86_400_000 + hour * 3_600_000)

/** Restricted text written by this file: letters only, so a PDF's line-breaking keeps each whole. */
const DRAFT_MINUTES = 'MappaDraftMinutesMarker'
const DRAFT_ACTION = 'MappaDraftActionMarker'
const OWN_VENUE = 'CircleOwnVenueMarker'
const OTHER_VENUE = 'CircleOtherVenueMarker'

/**
 * Plants the restricted strings every route handler's answer is scanned for (issue 17, the suite: ZIP, ICS and every
 * other download), beside the records the downloads are made from, so a query that reached one step too far would
 * carry them out. Input: the world, the subject of the subject access bundle and their MAPPA nominal, the COSA
 * coordinator's provider and the world volunteer's record. Output: marker name → string, and the calendar token of a
 * second volunteer.
 * - the world's restricted person (only the senior is on their restriction list): name, CRN, PNC and id; a MAPPA nominal on
 *   a draft meeting beside the subject, with an action; and the core member of the world volunteer's circle;
 * - the world officer's excluded person (the officer is on their exclusion list): name;
 * - minutes not yet approved (a meeting still scheduled) about another nominal on the subject's agenda, and its action;
 * - a person of another team (the officer's LDU, team B): name, CRN and id, on the same draft agenda and the core
 *   member of a second volunteer's circle;
 * - each circle's venue: a volunteer's feed carries their own confirmed meetings' venue and no other.
 */
export async function plantRouteMarkers(w: World, at: { subjectId: string; subjectNominalId: string; providerId: string; volunteerId: string }) {
  const { otherTeam, excluded, mappaCardiff } = w.people
  // The restricted person's police number: an identifier a redacted row must not carry either (issue 17, defect 6).
  const restricted = await prisma.offender.update({ where: { id: w.people.restricted.id }, data: { pncId: `2026/${String(Date.now() % 10_000_000).padStart(7, '0')}R` } })
  const nominalOf = (offenderId: string) =>
    prisma.mappaNominal.upsert({ where: { offenderId }, update: {}, create: { offenderId, category: 2, level: 2, area: 'SOUTH_WALES', leadAgencyId: w.nps.id, startDate: day('2026-01-01'), nextReviewDate: day('2027-02-01') } })

  // A South Wales meeting held but its minutes not approved: the chair and the area's coordinators work on them.
  const draft = await prisma.mappaMeeting.create({
    data: { area: 'SOUTH_WALES', level: 2, startsAt: new Date('2026-11-16T10:00:00Z'), endedAt: new Date('2026-11-16T12:00:00Z'), minuteTaker: 'Sian Pugh', chairId: w.staff.otherSenior.id, coordinatorId: w.staff.mappa.id, status: 'PUBLISHED', publishedAt: new Date('2026-11-02T09:00:00Z') },
  })
  const item = (offenderId: string, nominalId: string, position: number, informationShared: string) =>
    prisma.mappaAgendaItem.create({ data: { meetingId: draft.id, offenderId, nominalId, reason: 'REVIEW', position, status: 'LISTED', informationShared, riskAssessment: 'Medium', levelDecision: 'CONTINUE', nextReviewDate: day('2027-02-01'), recordedAt: new Date('2026-11-16T11:00:00Z') } })
  const action = (agendaItemId: string, offenderId: string, description: string) =>
    prisma.mappaAction.create({ data: { meetingId: draft.id, agendaItemId, offenderId, description, ownerAgencyId: w.police.id, dueDate: day('2026-12-21') } })
  await item(at.subjectId, at.subjectNominalId, 1, 'Attends the programme')
  const other = await item(mappaCardiff.id, (await nominalOf(mappaCardiff.id)).id, 2, `Neighbours said ${DRAFT_MINUTES}`)
  await action(other.id, mappaCardiff.id, `Check the address ${DRAFT_ACTION}`)
  const limited = await item(restricted.id, (await nominalOf(restricted.id)).id, 3, 'Reviewed')
  await action(limited.id, restricted.id, 'Visit the hostel')
  await item(otherTeam.id, (await nominalOf(otherTeam.id)).id, 4, 'Reviewed')

  // Two circles of the coordinator's provider, each with a meeting next week a volunteer confirmed.
  const circle = async (coreMemberId: string, venue: string, volunteerId: string) => {
    const referral = await prisma.cosaReferral.create({ data: { offenderId: coreMemberId, providerAgencyId: at.providerId, referredById: w.staff.senior.id, programme: 'COMMUNITY', eligibility: 'Yes', suitability: 'Yes', consentToShare: true, status: 'ACCEPTED' } })
    const made = await prisma.circle.create({ data: { providerAgencyId: at.providerId, coreMemberId, referralId: referral.id, coordinatorId: w.staff.senior.id, programme: 'COMMUNITY', venue, status: 'ACTIVE' } })
    await prisma.circleMember.create({ data: { circleId: made.id, volunteerId, kind: 'REGULAR', joinedOn: day('2026-10-01') } })
    const meeting = await prisma.circleMeeting.create({ data: { circleId: made.id, startsAt: inDays(7, 18), endsAt: inDays(7, 19.5) } })
    await prisma.circleAssignment.create({ data: { meetingId: meeting.id, volunteerId, response: 'CONFIRMED', assignedById: w.staff.senior.id } })
    await prisma.cosaConcern.create({ data: { circleId: made.id, volunteerId, urgency: 'ROUTINE', description: 'Mentioned a new friend' } })
  }
  await circle(restricted.id, OWN_VENUE, at.volunteerId)
  const second = await actorOf(await prisma.user.create({ data: { email: `second-volunteer-${w.tag}@llwybr.test`, name: 'Second volunteer', roles: ['COSA_VOLUNTEER'], agencyId: at.providerId } }))
  const secondVolunteer = await prisma.cosaVolunteer.create({ data: { agencyId: at.providerId, userId: second.userId, firstName: 'Dafydd', lastName: 'Volunteer', email: `dafydd-${w.tag}@example.org`, dateOfBirth: day('1969-02-01'), homeArea: 'Cardiff', stage: 'ACTIVE' } })
  await circle(otherTeam.id, OTHER_VENUE, secondVolunteer.id)
  const { token: otherCalendarToken } = await renewCalendarLink(second)
  // A partner referral of the restricted person's (h17 item 2): its id is theirs too.
  const partner = await prisma.agency.create({ data: { code: `PARTNER-${w.tag}`.toUpperCase(), name: `Partner ${w.tag}`, kind: 'THIRD_SECTOR' } })
  const service = await prisma.partnerService.create({ data: { providerAgencyId: partner.id, name: `Housing ${w.tag}`, pathways: ['ACCOMMODATION'], regions: ['SOUTH_WALES'], contactEmail: 'housing@example.org' } })
  await prisma.partnerReferral.create({ data: { offenderId: restricted.id, serviceId: service.id, referredById: w.staff.senior.id, pathway: 'ACCOMMODATION', reason: 'Needs a home', consentToShare: true } })

  // Every record id of the restricted person's (issue 17, walk-through D1 of issue 16's break test): a redacted row
  // carries none — agenda items, actions, the nominal, the circle, its meetings, places and concerns, the COSA and
  // partner referrals —
  // collected from the database, so a record added above is forbidden without naming it here.
  const [items, actions, nominals, circles, referrals, partnerReferrals] = await Promise.all([
    prisma.mappaAgendaItem.findMany({ where: { offenderId: restricted.id }, select: { id: true } }),
    prisma.mappaAction.findMany({ where: { offenderId: restricted.id }, select: { id: true } }),
    prisma.mappaNominal.findMany({ where: { offenderId: restricted.id }, select: { id: true } }),
    prisma.circle.findMany({ where: { coreMemberId: restricted.id }, select: { id: true, concerns: { select: { id: true } }, meetings: { select: { id: true, assignments: { select: { id: true } } } } } }),
    prisma.cosaReferral.findMany({ where: { offenderId: restricted.id }, select: { id: true } }),
    prisma.partnerReferral.findMany({ where: { offenderId: restricted.id }, select: { id: true } }),
  ])
  const only = (rows: { id: string }[], what: string) => {
    if (rows.length !== 1) throw new Error(`expected one ${what} of the restricted person, found ${rows.length}`)
    return rows[0]!.id
  }
  const meetings = circles.flatMap((c) => c.meetings)
  const markers = {
    restrictedItemId: only(items, 'agenda item'),
    restrictedActionId: only(actions, 'MAPPA action'),
    restrictedNominalId: only(nominals, 'nominal'),
    restrictedCircleId: only(circles, 'circle'),
    restrictedCircleMeetingId: only(meetings, 'circle meeting'),
    restrictedPlaceId: only(meetings.flatMap((m) => m.assignments), 'place on a circle meeting'),
    restrictedReferralId: only(referrals, 'COSA referral'),
    restrictedConcernId: only(circles.flatMap((c) => c.concerns), 'COSA concern'),
    restrictedPartnerReferralId: only(partnerReferrals, 'partner referral'),
    restrictedName: restricted.lastName,
    restrictedCrn: restricted.crn,
    restrictedPnc: restricted.pncId!,
    restrictedId: restricted.id,
    excludedName: excluded.lastName,
    otherTeamName: otherTeam.lastName,
    otherTeamCrn: otherTeam.crn,
    otherTeamId: otherTeam.id,
    draftMinutes: DRAFT_MINUTES,
    draftAction: DRAFT_ACTION,
    ownVenue: OWN_VENUE,
    otherVenue: OTHER_VENUE,
  }
  return { markers, otherCalendarToken }
}
