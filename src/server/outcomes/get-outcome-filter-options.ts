import 'server-only'
import { prisma } from '../db'
import type { Actor } from '../policy'
import { outcomeReach } from './lead-scope'

type Named = { id: string; name: string; nameCy: string | null }

/**
 * The areas and agencies outcome figures can be filtered and broken down by: LDUs, local authorities, and agencies
 * that hold responsibility for people (reference data, no case data). Throws FORBIDDEN as outcomeReach (without
 * `stats.view` or `stats.viewOwn`).
 */
export async function getOutcomeFilterOptions(actor: Actor): Promise<{ ldus: Named[]; localAuthorities: Named[]; agencies: Named[] }> {
  outcomeReach(actor)
  const select = { id: true, name: true, nameCy: true } as const
  const [ldus, localAuthorities, agencies] = await Promise.all([
    prisma.area.findMany({ where: { kind: 'LDU' }, select, orderBy: { name: 'asc' } }),
    prisma.localAuthority.findMany({ select, orderBy: { name: 'asc' } }),
    prisma.agency.findMany({ where: { responsibleFor: { some: {} } }, select, orderBy: { name: 'asc' } }),
  ])
  return { ldus, localAuthorities, agencies }
}
