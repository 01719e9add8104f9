import 'server-only'
import type { Prisma } from '../../generated/prisma/client'
import type { Tx } from '../db'
import { invalid } from '../errors'
import { can, offenderWritable, staffMaySee, staffWhoMaySee, type Actor } from '../policy'

/**
 * Whether the actor may be told that someone is excluded from this person: only a senior who manages the person's
 * lists (`offender.restrict` over a record in their write scope, as `accessListTarget`). The exclusion itself is
 * sensitive (it says who the person's neighbour or relative is), so anyone else is told only to choose again (sec19b).
 */
async function managesListsOf(tx: Tx, actor: Actor, offenderId: string): Promise<boolean> {
  if (!can(actor, 'offender.restrict')) return false
  return (await tx.offender.count({ where: { AND: [{ id: offenderId }, offenderWritable(actor)] } })) > 0
}

/** The words a refusal uses to an actor who may not learn why (sec19b): which fits the form that asked. */
type NeutralKey = 'assigneeNotOffered' | 'referralForAnotherCoordinator' | 'volunteerMayNoLongerServe'

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
  neutralKey: NeutralKey = 'assigneeNotOffered',
): Promise<void> {
  if (!userId) return
  if (!(await tx.accessRestriction.count({ where: { offenderId, userId, kind: 'EXCLUSION' } }))) return
  throw invalid(field, (await managesListsOf(tx, actor, offenderId)) ? 'accessExcludedAssignee' : neutralKey)
}

/**
 * Accounts that may see this person's record, as a `Prisma.UserWhereInput` for a picker: policy's `staffWhoMaySee`
 * (not excluded, and named on the restriction list when there is one), with the list's existence read here. For the
 * COSA circle's volunteers too (break 28 D6 of issue 17): a volunteer kept out cannot see the circle on their portal,
 * so they are not offered for it. Input: the client or transaction, the person's id. Output: the where-clause.
 */
export async function mayBeShown(db: Pick<Tx, 'accessRestriction'>, offenderId: string): Promise<Prisma.UserWhereInput> {
  return staffWhoMaySee(offenderId, (await db.accessRestriction.count({ where: { offenderId, kind: 'RESTRICTION' } })) > 0)
}

/**
 * Refuses an account that a restriction list on the person leaves out (refuseExcludedAssignee covers the exclusion
 * list, with its own message), by policy's `staffMaySee`, the rule the pickers offer by: VALIDATION
 * `<field>: <neutralKey>` (default assigneeNotOffered), which does not say why (the list itself is sensitive).
 * Input: the transaction, the person's id, the account (nothing is checked when none), the form field, the key.
 */
export async function refuseUnlistedAssignee(tx: Tx, offenderId: string, userId: string | null | undefined, field: string, neutralKey: NeutralKey = 'assigneeNotOffered'): Promise<void> {
  if (!userId) return
  // The rows staffMaySee asks for: the restriction list and this user's own entries (an exclusion is refused first,
  // with its own message, by refuseExcludedAssignee).
  const list = await tx.accessRestriction.findMany({ where: { offenderId, OR: [{ kind: 'RESTRICTION' }, { userId }] }, select: { kind: true, userId: true } })
  if (!staffMaySee(userId, list)) throw invalid(field, neutralKey)
}
