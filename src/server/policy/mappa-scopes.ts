import type { Prisma } from '../../generated/prisma/client'
import type { Actor } from './actor'
import { can } from './can'
import { rolesGranting } from './permissions'
import { laoVisible, offenderReferable, offenderVisible } from './scopes'

type MeetingWhere = Prisma.MappaMeetingWhereInput

/** Who runs a meeting: its chair, and the MAPPA coordinators of its area. */
export function meetingRunnable(actor: Actor): MeetingWhere {
  const coordinator = can(actor, 'mappa.manage') && actor.region ? [{ area: actor.region }] : []
  return { OR: [{ chairId: actor.userId }, ...coordinator] }
}

/**
 * Accounts that may be listed by name as a meeting's attendees, and so receive its agenda and minutes: active, with a
 * role whose work is with named people (MAPPA, partner casework, COSA coordination). The strategic manager (figures
 * only, issue 14), the administrator (no case data) and volunteers (their own circle only) were offered and would
 * have reached names they must not (walk 34 D5): they are added by name, and the minutes reach them outside Llwybr.
 * Output: a user filter for the query.
 */
const namedPeopleRoles = rolesGranting('mappa.read', 'partner.work', 'cosa.manage')
export const mappaAttendeeAccounts: Prisma.UserWhereInput = { status: 'ACTIVE', roles: { hasSome: namedPeopleRoles } }

/**
 * Whether the actor's roles now let their place on an attendance list, or an action they own, reach names: the same
 * rule as mappaAttendeeAccounts, read at every request, so a role changed after someone was listed (to strategic
 * manager, say) closes those shares at once (break 37 D1: such a user still read the agenda and approved minutes).
 */
const worksWithNamedPeople = (actor: Actor) => actor.roles.some((role) => namedPeopleRoles.includes(role))
const NONE = { id: { in: [] } }

/**
 * The actor's own MAPPA actions, while their role works with named people (worksWithNamedPeople); none otherwise.
 * Output: an action filter for the query.
 */
export function actionsOwnedBy(actor: Actor): Prisma.MappaActionWhereInput {
  return worksWithNamedPeople(actor) ? { ownerUserId: actor.userId } : NONE
}

/**
 * Who sees a meeting's agenda and (once approved) its minutes: those who run it, and the people on its attendance
 * list once the agenda is published — the distribution list. That share reaches the agenda's nominals only.
 */
export function meetingReadable(actor: Actor): MeetingWhere {
  const listed = worksWithNamedPeople(actor) ? [{ status: { in: ['PUBLISHED', 'FINALISED'] }, attendance: { some: { userId: actor.userId } } } satisfies MeetingWhere] : []
  return { OR: [meetingRunnable(actor), ...listed] }
}

/** The actor's granted requests for approved minutes; each reaches one nominal at one meeting. */
export function minutesGranted(actor: Actor): Prisma.MappaMinutesRequestWhereInput {
  return { requesterId: actor.userId, status: 'GRANTED', meeting: { status: 'FINALISED' } }
}

/**
 * The actor's own actions from approved minutes, about people they may see (Limited Access, ADR 0014): each lets its
 * owner read the approved minutes about that nominal, as MAPPA practice sends minutes to action owners (break test 20;
 * ADR 0021). An action owned by an agency but no person reaches nobody by name.
 */
export function minutesOwnedActions(actor: Actor): Prisma.MappaActionWhereInput {
  return { AND: [actionsOwnedBy(actor), { meeting: { status: 'FINALISED' }, offender: laoVisible(actor) }] }
}

/** Actions an actor may update: their own, and every action of their area for its coordinators. */
export function actionUpdatable(actor: Actor): Prisma.MappaActionWhereInput {
  const coordinator = can(actor, 'mappa.manage') && actor.region ? [{ meeting: { area: actor.region } }] : []
  return { OR: [actionsOwnedBy(actor), ...coordinator] }
}

type ReferralWhere = Prisma.MappaReferralWhereInput
const NO_REFERRAL: ReferralWhere = { id: { in: [] } }

/**
 * The referral of the coordinator's area a decision may be claimed on: one about a person they may see (a waiting
 * referral brings its person into their reach), or one decided already, whose person may have left their reach since:
 * a second decision is then told "already decided", never "does not exist" (walk 61 F3). Never one about a person held
 * from them (Limited Access), nor any without an area. Input: the actor, the referral's id. Output: a filter.
 */
export function referralDecidable(actor: Actor, referralId: string): ReferralWhere {
  if (!actor.region) return NO_REFERRAL
  return { id: referralId, area: actor.region, OR: [{ offender: offenderVisible(actor) }, { status: { not: 'SUBMITTED' }, offender: laoVisible(actor) }] }
}

/**
 * The referral a coordinator may read: as referralDecidable, but a decided one whose person is out of their reach only
 * when they decided it themselves: the page of a referral they had just returned was "Page not found" (walk 63 F2),
 * and the referral and their decision stay theirs to read; another coordinator of the area does not reach it (review
 * 64 S1). Only the referral: the person's record and reports stay out of reach. Input and output as referralDecidable.
 */
export function referralReadable(actor: Actor, referralId: string): ReferralWhere {
  if (!actor.region) return NO_REFERRAL
  return { id: referralId, area: actor.region, OR: [{ offender: offenderVisible(actor) }, { status: { not: 'SUBMITTED' }, decidedById: actor.userId, offender: laoVisible(actor) }] }
}

/**
 * The waiting referrals an actor may withdraw: their own agency's (review 65 S1: a police offender manager sharing the
 * person could withdraw probation's level 3 referral without a word to anyone, and the reverse), about a person they
 * may refer (offenderReferable: the managing team, never one held from them). Input: the actor. Output: a filter.
 * Source: docs/decisions/0022.
 */
export function referralWithdrawable(actor: Actor): ReferralWhere {
  return { referringAgencyId: actor.agencyId, offender: offenderReferable(actor) }
}
