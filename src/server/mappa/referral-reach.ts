import 'server-only'
import { laoVisible, offenderVisible, type Actor } from '../policy'
import { areaOf } from './nominals'

/**
 * Which referral a MAPPA coordinator may read or decide: one of their own area about a person they may see (a waiting
 * referral brings its person into their reach), or one decided already, whose person may have left their reach since
 * (returned: not a nominal): the referral sent to them and their decision on it stay theirs to read (walk 61 F3,
 * walk 63 F2: the page of a referral they had just returned was "Page not found"). Never one about a person held from
 * them (Limited Access). Only the referral: the person's record, and its documents, stay out of reach.
 * Input: the actor, the referral's id. Output: a Prisma `MappaReferralWhereInput`.
 */
export const referralOfArea = (actor: Actor, referralId: string) => ({
  id: referralId,
  area: areaOf(actor),
  OR: [{ offender: offenderVisible(actor) }, { status: { not: 'SUBMITTED' as const }, offender: laoVisible(actor) }],
})
