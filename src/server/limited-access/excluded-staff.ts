import 'server-only'
import type { Prisma } from '../../generated/prisma/client'
import type { Tx } from '../db'
import { invalid } from '../errors'
import { can, offenderWritable, type Actor } from '../policy'

/**
 * Staff who may be offered for a role about this person: not on the person's exclusion list (issue 17, sec18b item 3).
 * A `Prisma.UserWhereInput` to AND into a picker's query (offender manager, IOM leads, MAPPA action owner, appointment
 * staff, a circle volunteer's account).
 */
export const notExcludedFrom = (offenderId: string): Prisma.UserWhereInput => ({ accessRestrictions: { none: { offenderId, kind: 'EXCLUSION' } } })

/**
 * Staff who may be offered for a role about every one of these people at once (a picker serving several people, the
 * IOM panel's leads): on none of their exclusion lists. `excludedFromSome` is the rest, to offer per person.
 */
export const notExcludedFromAny = (offenderIds: string[]): Prisma.UserWhereInput => ({ accessRestrictions: { none: { offenderId: { in: offenderIds }, kind: 'EXCLUSION' } } })
export const excludedFromSome = (offenderIds: string[]): Prisma.UserWhereInput => ({ accessRestrictions: { some: { offenderId: { in: offenderIds }, kind: 'EXCLUSION' } } })

/**
 * Whether the actor may be told that someone is excluded from this person: only a senior who manages the person's
 * lists (`offender.restrict` over a record in their write scope, as `accessListTarget`). The exclusion itself is
 * sensitive (it says who the person's neighbour or relative is), so anyone else is told only to choose again (sec19b).
 */
async function managesListsOf(tx: Tx, actor: Actor, offenderId: string): Promise<boolean> {
  if (!can(actor, 'offender.restrict')) return false
  return (await tx.offender.count({ where: { AND: [{ id: offenderId }, offenderWritable(actor)] } })) > 0
}

/**
 * Refuses to make a user excluded from a person's record (a neighbour or relative of theirs, domain.md "Limited Access
 * Offenders") anything to that person: offender manager, IOM lead, MAPPA action owner, COSA circle coordinator. Every
 * domain function that assigns a user to a person calls it inside its transaction, so a picker built before the
 * exclusion was added cannot slip one through.
 * Input: the actor, the person's id, the user to assign (nothing is checked when none), the form field that chose them,
 * and the message key for actors who may not learn of the exclusion (default `assigneeNotOffered`).
 * Errors: VALIDATION `<field>: accessExcludedAssignee` ("… is excluded from this person's record") for a senior who
 * manages the person's lists; otherwise `<field>: <neutralKey>`, which does not say why (sec19b).
 */
export async function refuseExcludedAssignee(
  tx: Tx,
  actor: Actor,
  offenderId: string,
  userId: string | null | undefined,
  field: string,
  neutralKey: 'assigneeNotOffered' | 'referralForAnotherCoordinator' = 'assigneeNotOffered',
): Promise<void> {
  if (!userId) return
  if (!(await tx.accessRestriction.count({ where: { offenderId, userId, kind: 'EXCLUSION' } }))) return
  throw invalid(field, (await managesListsOf(tx, actor, offenderId)) ? 'accessExcludedAssignee' : neutralKey)
}

/**
 * Accounts that may see this person's record, as a `Prisma.UserWhereInput` for a picker: not on the exclusion list and,
 * when the person has a restriction list, named on it (laoVisible's rule, security.md AC-5, from the user's side). For
 * the COSA circle's volunteers (break 28 D6 of issue 17): a volunteer kept out cannot see the circle on their portal, so
 * they are not offered for it. Input: the client or transaction, the person's id. Output: the where-clause.
 */
export async function mayBeShown(db: Pick<Tx, 'accessRestriction'>, offenderId: string): Promise<Prisma.UserWhereInput> {
  const restricted = (await db.accessRestriction.count({ where: { offenderId, kind: 'RESTRICTION' } })) > 0
  return restricted ? { AND: [notExcludedFrom(offenderId), { accessRestrictions: { some: { offenderId, kind: 'RESTRICTION' } } }] } : notExcludedFrom(offenderId)
}

/**
 * Refuses a volunteer's account that a restriction list on the person leaves out (refuseExcludedAssignee covers the
 * exclusion list): VALIDATION `<field>: assigneeNotOffered`, which does not say why (the list itself is sensitive).
 * Input: the transaction, the person's id, the account (nothing is checked when none), the form field.
 */
export async function refuseUnlistedAssignee(tx: Tx, offenderId: string, userId: string | null | undefined, field: string): Promise<void> {
  if (!userId) return
  const list = await tx.accessRestriction.findMany({ where: { offenderId, kind: 'RESTRICTION' }, select: { userId: true } })
  if (list.length && !list.some((r) => r.userId === userId)) throw invalid(field, 'assigneeNotOffered')
}
