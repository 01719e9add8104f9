import { prisma } from '../../../src/server/db'
import { actorOf } from '../../support/actor'
import { buildOutcomeWorld, day } from './outcome-world'

type World = Awaited<ReturnType<typeof buildOutcomeWorld>>

/**
 * Two COSA providers (third sector) in the outcome world, each with a coordinator; an administrator; and a builder
 * of circles round new people, with meetings written up (volunteers present for the meeting's length).
 */
export async function buildSchemeWorld(w: World) {
  const tag = w.agency.code.slice(4)
  const providers = await Promise.all(['A', 'B'].map((s) => prisma.agency.create({ data: { code: `COSA-${s}-${tag}`, name: `Circles ${s} ${tag}`, kind: 'THIRD_SECTOR', region: 'NORTH_WALES' } })))
  const user = (email: string, role: 'COSA_COORDINATOR' | 'SYSTEM_ADMINISTRATOR', agencyId: string) => prisma.user.create({ data: { email: `${email}-${tag}@llwybr.test`, name: email, roles: [role], agencyId } }).then(actorOf)
  const coordinators = await Promise.all(providers.map((p, i) => user(`scheme-coordinator-${i}`, 'COSA_COORDINATOR', p.id)))
  const admin = await user('scheme-admin', 'SYSTEM_ADMINISTRATOR', w.agency.id)
  const volunteer = await prisma.cosaVolunteer.create({ data: { agencyId: providers[0]!.id, firstName: 'Gwen', lastName: 'Volunteer', email: `gwen-${tag}@llwybr.test`, dateOfBirth: day('1970-01-01'), homeArea: 'Bangor' } })

  async function circle(provider: 0 | 1, start: string, closed?: string) {
    const person = await w.person()
    const providerAgencyId = providers[provider]!.id
    const referral = await prisma.cosaReferral.create({ data: { offenderId: person.id, providerAgencyId, referredById: w.officer.id, programme: 'COMMUNITY', eligibility: 'Eligible', suitability: 'Suitable', consentToShare: true, status: 'ACCEPTED' } })
    const c = await prisma.circle.create({ data: { providerAgencyId, coreMemberId: person.id, referralId: referral.id, coordinatorId: coordinators[provider]!.userId, programme: 'COMMUNITY', startDate: day(start), startedOn: day(start), status: closed ? 'CLOSED' : 'ACTIVE', closedOn: closed ? day(closed) : null } })
    return { person, circle: c }
  }
  async function meeting(circleId: string, startsAt: string, minutes: number, present: number) {
    const g = await prisma.circleMeeting.create({ data: { circleId, startsAt: new Date(startsAt), endsAt: new Date(new Date(startsAt).getTime() + minutes * 60_000), status: 'SCHEDULED' } })
    await prisma.circleMinutes.create({ data: { meetingId: g.id, authorId: volunteer.id, coreMemberAttended: true, presentVolunteerIds: Array.from({ length: present }, () => volunteer.id), discussion: 'Talked', mood: 'SETTLED', goalsProgress: 'Good' } })
  }
  /** The scheme form's fields for a COSA scheme of `provider` funded £30,000 for 2024-25 then £45,000 for 2025-26. */
  const form = (provider: 0 | 1, name: string) => ({
    name, funder: 'PCC', funderName: 'North Wales Police and Crime Commissioner', region: 'NORTH_WALES', serves: 'COSA_CIRCLES', providerAgencyId: providers[provider]!.id,
    from1: '2024-04-01', to1: '2025-03-31', amount1: '£30,000', from2: '2025-04-01', to2: '2026-03-31', amount2: '45000', from3: '', to3: '', amount3: '',
  })
  return { providers, coordinators, admin, volunteer, circle, meeting, form }
}
