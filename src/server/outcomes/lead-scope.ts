import 'server-only'
import type { Region } from '../../generated/prisma/enums'
import { prisma } from '../db'
import { AppError } from '../errors'
import { authorize, can, type Actor } from '../policy'
import { ZodError } from 'zod'
import { ZOutcomeFilter, areaIssues, type TOutcomeFilter } from './outcome-filter'

/** Whose figures an actor reads: every area (`stats.view`), or only their own (`stats.viewOwn`: an LDU or a region). */
export type OutcomeReach = { kind: 'all' } | { kind: 'own'; lduId: string | null; region: Region | null }

/**
 * Which outcome figures an actor may read (issue 14 "Users": strategic managers and PCC analysts see every area;
 * seniors and MAPPA / IOM leads their own area and cohorts). Seniors, who oversee an LDU (`caseload.viewLdu`), get
 * their LDU; the other leads their force or MAPPA area (region). Throws FORBIDDEN without either permission, or
 * when a lead has no area to be limited to (fails closed, security.md AC-7). Permission-based, no role names.
 */
export function outcomeReach(actor: Actor): OutcomeReach {
  if (can(actor, 'stats.view')) return { kind: 'all' }
  authorize(actor, 'stats.viewOwn')
  if (can(actor, 'caseload.viewLdu') && actor.lduId) return { kind: 'own', lduId: actor.lduId, region: null }
  if (actor.region) return { kind: 'own', lduId: null, region: actor.region }
  throw new AppError('FORBIDDEN')
}

/**
 * The dashboard's filter as this actor may have it (issue 14, leads' item 3): parsed (ZodError on bad input), and for
 * a lead with the area forced to their own whatever the input said, so every query, export and board pack built
 * from it counts only people of that area (personConditions). An LDU, local authority or agency id that names none
 * is refused (`chooseOption` on its field; walk 35: an unknown LDU gave a page of zeros, as if it were an area with
 * nobody in it). Throws as outcomeReach, before parsing.
 */
export async function outcomeFilterFor(actor: Actor, input: unknown): Promise<TOutcomeFilter> {
  const reach = outcomeReach(actor)
  const filter = ZOutcomeFilter.parse(input)
  // The lead's own area replaces any area asked for, then the area rule holds for the filter as it will be used.
  const own = reach.kind === 'all' ? filter : reach.lduId ? { ...filter, region: undefined, localAuthorityId: undefined, lduId: reach.lduId } : { ...filter, lduId: undefined, localAuthorityId: undefined, region: reach.region! }
  const issues = [...areaIssues(own), ...(await unknownChoices(own))]
  if (issues.length > 0) throw new ZodError(issues.map((i) => ({ code: 'custom' as const, input: input, ...i })))
  return own
}

/** The filter's LDU, local authority and agency ids that name no such thing, as field issues. */
async function unknownChoices(f: TOutcomeFilter): Promise<{ path: string[]; message: string }[]> {
  const [ldu, localAuthority, agency] = await Promise.all([
    f.lduId ? prisma.area.count({ where: { id: f.lduId, kind: 'LDU' } }) : 1,
    f.localAuthorityId ? prisma.localAuthority.count({ where: { id: f.localAuthorityId } }) : 1,
    f.agencyId ? prisma.agency.count({ where: { id: f.agencyId } }) : 1,
  ])
  return (
    [['lduId', ldu], ['localAuthorityId', localAuthority], ['agencyId', agency]] as const
  ).flatMap(([field, n]) => (n === 0 ? [{ path: [field], message: 'chooseOption' }] : []))
}
