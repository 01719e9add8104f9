import 'server-only'
import type { Prisma } from '../../generated/prisma/client'
import type { Tx } from '../db'
import { invalid } from '../errors'

/**
 * Staff who may be offered for a role about this person: not on the person's exclusion list (issue 17, sec18b item 3).
 * A `Prisma.UserWhereInput` to AND into a picker's query (offender manager, IOM leads, MAPPA action owner).
 */
export const notExcludedFrom = (offenderId: string): Prisma.UserWhereInput => ({ accessRestrictions: { none: { offenderId, kind: 'EXCLUSION' } } })

/**
 * Refuses to make a user excluded from a person's record (a neighbour or relative of theirs, domain.md "Limited Access
 * Offenders") anything to that person: offender manager, IOM lead, MAPPA action owner, COSA circle coordinator. Every
 * domain function that assigns a user to a person calls it inside its transaction, so a picker built before the
 * exclusion was added cannot slip one through.
 * Input: the person's id, the user to assign (nothing is checked when none), the form field that chose them.
 * Errors: VALIDATION `<field>: accessExcludedAssignee` ("… is excluded from this person's record").
 */
export async function refuseExcludedAssignee(tx: Tx, offenderId: string, userId: string | null | undefined, field: string): Promise<void> {
  if (!userId) return
  if (await tx.accessRestriction.count({ where: { offenderId, userId, kind: 'EXCLUSION' } })) throw invalid(field, 'accessExcludedAssignee')
}
