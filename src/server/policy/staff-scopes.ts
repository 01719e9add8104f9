import type { Prisma } from '../../generated/prisma/client'
import { isLimitedFor } from './scopes'

type AccessRow = { kind: 'EXCLUSION' | 'RESTRICTION'; userId: string }

/**
 * The staff who may see one person's record, from the staff side: laoVisible (scopes.ts) turned round, for pickers
 * that offer staff for a role about the person (appointment staff, IOM leads, MAPPA action owner, a circle volunteer's
 * account). Not on the person's exclusion list and, when the person has a restriction list, named on it (security.md
 * AC-5). One rule for the picker and the save (review 66b S1): the saves decide with `staffMaySee` below.
 * Input: the person's id and whether they have a restriction list. Output: a `Prisma.UserWhereInput` to AND in.
 */
export function staffWhoMaySee(offenderId: string, restricted: boolean): Prisma.UserWhereInput {
  const notExcluded = staffNotExcludedFrom(offenderId)
  return restricted ? { AND: [notExcluded, { accessRestrictions: { some: { offenderId, kind: 'RESTRICTION' } } }] } : notExcluded
}

/**
 * Staff not on the person's exclusion list, whatever their restriction list says: the offender manager picker's rule,
 * as the restriction list follows the allocation (follow-allocation.ts puts the new manager on it). Input: the
 * person's id. Output: a `Prisma.UserWhereInput` to AND in.
 */
export const staffNotExcludedFrom = (offenderId: string): Prisma.UserWhereInput => ({ accessRestrictions: { none: { offenderId, kind: 'EXCLUSION' } } })

/**
 * The same rule over rows already read: whether this member of staff may see the person whose access rows these are
 * (all of that person's EXCLUSION and RESTRICTION rows, or at least the restriction rows and the user's own).
 * Input: the user's id, the rows. Output: true when they may.
 */
export const staffMaySee = (userId: string, rows: AccessRow[]): boolean => !isLimitedFor({ userId }, rows)
