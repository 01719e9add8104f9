import type { Prisma } from '../../generated/prisma/client'
import type { Actor } from './actor'
import { can } from './can'
import { laoVisible } from './scopes'

// A partner caseworker's need to know (domain.md "Who uses Llwybr"; security.md AC-3, AC-4): the referrals made to
// their own agency's services, the referred person's contact details while the referral is open, and afterwards only
// the history their agency wrote. The normal offender scope gives them no record pages at all, and stays so.

/** While a referral is open the caseworker needs to reach the person; once closed they lose the details. */
export const openReferralStatuses = ['SUBMITTED', 'ACCEPTED'] as const
export const closedReferralStatuses = ['REJECTED', 'COMPLETED', 'WITHDRAWN'] as const

const noReferral: Prisma.PartnerReferralWhereInput = { id: { in: [] } }

/** Referrals to the caseworker's agency's services, of people not limited for them (fails closed without the grant). */
export function partnerReferralScope(actor: Actor): Prisma.PartnerReferralWhereInput {
  if (!can(actor, 'partner.work')) return noReferral
  return { service: { providerAgencyId: actor.agencyId }, offender: laoVisible(actor) }
}

/** Those still open: the ones the caseworker works, and sees the person's details for. */
export const partnerReferralOpen = (actor: Actor): Prisma.PartnerReferralWhereInput => ({
  AND: [partnerReferralScope(actor), { status: { in: [...openReferralStatuses] } }],
})

/** Those closed: the caseworker keeps the outcome and their own history, not the person. */
export const partnerReferralClosed = (actor: Actor): Prisma.PartnerReferralWhereInput => ({
  AND: [partnerReferralScope(actor), { status: { in: [...closedReferralStatuses] } }],
})

/** The people whose details a caseworker may read: those with an open referral to their agency's services. */
export function partnerPersonVisible(actor: Actor): Prisma.OffenderWhereInput {
  if (!can(actor, 'partner.work')) return { id: { in: [] } }
  return { AND: [laoVisible(actor), { partnerReferrals: { some: { status: { in: [...openReferralStatuses] }, service: { providerAgencyId: actor.agencyId } } } }] }
}

/** Updates a caseworker reads: every update of an open referral; of a closed one, only those their agency wrote. */
export const partnerUpdateVisible = (actor: Actor): Prisma.PartnerReferralUpdateWhereInput => ({
  OR: [{ authorAgencyId: actor.agencyId }, { referral: { status: { in: [...openReferralStatuses] } } }],
})

/** The fields of a person a caseworker's work needs: who they are and how to reach them; never risk or other contacts. */
export const partnerPersonSelect = {
  id: true,
  crn: true,
  firstName: true,
  lastName: true,
  dateOfBirth: true,
  phone: true,
  addressLine1: true,
  addressLine2: true,
  town: true,
  postcode: true,
  noFixedAbode: true,
} as const satisfies Prisma.OffenderSelect
