import type { Prisma } from '../../generated/prisma/client'
import type { Actor } from './actor'
import { offenderVisible } from './scopes'

/**
 * Who a lead's outcome drill-down may list (issue 14 "Rules": "a lead may drill down only to people already in their
 * own scope, and Limited Access people never appear in a drill-down"): people the actor may open
 * (offenderVisible: read scope less exclusions and restrictions that do not name them), and of those no one on any
 * Limited Access list, even a restriction naming this lead, since a list of names built from figures is not the
 * casework a restriction lets its named staff do. Input: the actor. Output: a Prisma where on Offender, for the query
 * builder (find-outcome-people.ts) to compile into its query. Aggregates are not limited by it: they name no one.
 */
export const outcomeDrillDownScope = (actor: Actor): Prisma.OffenderWhereInput => ({ AND: [offenderVisible(actor), { accessRestrictions: { none: {} } }] })
