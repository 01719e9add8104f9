import 'server-only'
import type { Pathway } from '../../generated/prisma/enums'
import { prisma } from '../db'
import { authorize, type Actor } from '../policy'
import { allPathways } from './pathways'

export type SupportNeedOption = { id: string; label: string; labelCy: string }

const byCatalogueOrder = [{ sortOrder: 'asc' as const }, { label: 'asc' as const }]

/**
 * The active support needs of one pathway, in catalogue order: what a worker may newly choose (on a pathway update
 * or a referral). Reference data, not case data, so any signed-in caller may read it.
 */
export function supportNeedsFor(pathway: Pathway): Promise<SupportNeedOption[]> {
  return prisma.supportNeed.findMany({ where: { pathway, active: true }, orderBy: byCatalogueOrder, select: { id: true, label: true, labelCy: true } })
}

/** Needs by id, whether or not still active: labels for what was chosen before a need was withdrawn. */
export function supportNeedsByIds(ids: string[]) {
  if (ids.length === 0) return Promise.resolve([])
  return prisma.supportNeed.findMany({ where: { id: { in: ids } }, select: { id: true, pathway: true, label: true, labelCy: true, active: true } })
}

/** The administrators' catalogue, every need of every pathway, grouped in the strategy's order of pathways. */
export async function findSupportNeedCatalogue(actor: Actor) {
  authorize(actor, 'service.manage')
  const needs = await prisma.supportNeed.findMany({
    orderBy: [{ pathway: 'asc' }, ...byCatalogueOrder],
    select: { id: true, pathway: true, label: true, labelCy: true, active: true, version: true },
  })
  return allPathways.map((pathway) => ({ pathway, needs: needs.filter((n) => n.pathway === pathway) }))
}
