import 'server-only'
import type { Tx } from '../db'
import { toRow } from './bundle-row'
import type { Sections } from './bundle.types'

const volunteerName = { select: { firstName: true, lastName: true } } as const
// The provider that holds a circle's membership, a meeting's minutes or a concern, so a row it wrote is marked OTHER_AGENCY (break 54 F6).
const provider = { select: { providerAgencyId: true } } as const
const named = (v: { firstName: string; lastName: string }) => `${v.firstName} ${v.lastName}`

/**
 * COSA (issue 17): referrals, the circles round the person, who served on them, each meeting with its minutes,
 * and concerns raised. Volunteers are members of the public, not staff: any row naming one, or written by one (the
 * minutes and concerns), is marked THIRD_PARTY_NAME for redaction review.
 */
export async function collectCosa(tx: Tx, offenderId: string): Promise<Partial<Sections>> {
  const circleOf = { circle: { coreMemberId: offenderId } }
  const [referrals, circles, members, meetings, concerns] = await Promise.all([
    tx.cosaReferral.findMany({ where: { offenderId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
    tx.circle.findMany({ where: { coreMemberId: offenderId }, include: { questionnaire: true, reviews: { orderBy: { heldOn: 'asc' } } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
    tx.circleMember.findMany({ where: circleOf, include: { volunteer: volunteerName, circle: provider }, orderBy: [{ joinedOn: 'asc' }, { id: 'asc' }] }),
    tx.circleMeeting.findMany({ where: circleOf, include: { minutes: { include: { author: volunteerName } }, circle: provider }, orderBy: [{ startsAt: 'asc' }, { id: 'asc' }] }),
    tx.cosaConcern.findMany({ where: circleOf, include: { volunteer: volunteerName, circle: provider }, orderBy: [{ raisedAt: 'asc' }, { id: 'asc' }] }),
  ])
  return {
    cosaReferrals: referrals.map((r) => toRow(r)),
    circles: circles.map(({ questionnaire, reviews, ...c }) =>
      toRow({
        ...c,
        reviews: reviews.map((r) => `${r.heldOn.toISOString().slice(0, 10)} ${r.kind}: ${r.progress}`),
        questionnaire: questionnaire && JSON.stringify({ completedOn: questionnaire.completedOn, feltSupported: questionnaire.feltSupported, lessIsolated: questionnaire.lessIsolated, copingBetter: questionnaire.copingBetter, confidentFuture: questionnaire.confidentFuture, comments: questionnaire.comments }),
      }),
    ),
    circleVolunteers: members.map(({ volunteer, volunteerId: _id, circle, ...m }) => toRow({ ...m, providerAgencyId: circle.providerAgencyId, volunteer: named(volunteer) }, ['THIRD_PARTY_NAME'])),
    circleMeetings: meetings.map(({ minutes, circle, ...m }) =>
      toRow(
        {
          ...m,
          providerAgencyId: circle.providerAgencyId,
          minutesBy: minutes && named(minutes.author),
          coreMemberAttended: minutes?.coreMemberAttended ?? null,
          mood: minutes?.mood ?? null,
          discussion: minutes?.discussion ?? null,
          goalsProgress: minutes?.goalsProgress ?? null,
          minutesSubmittedAt: minutes?.submittedAt ?? null,
        },
        [minutes && 'THIRD_PARTY_NAME'],
      ),
    ),
    cosaConcerns: concerns.map(({ volunteer, volunteerId: _id, circle, ...c }) => toRow({ ...c, providerAgencyId: circle.providerAgencyId, raisedBy: named(volunteer) }, ['THIRD_PARTY_NAME'])),
  }
}
