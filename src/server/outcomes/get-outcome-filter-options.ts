import 'server-only'
import { prisma } from '../db'
import { authorize, type Actor } from '../policy'

type Named = { id: string; name: string; nameCy: string | null }

/**
 * The areas and agencies outcome figures can be filtered and broken down by: LDUs, local authorities, and agencies
 * that hold responsibility for people (reference data, no case data). Throws FORBIDDEN without `stats.view`.
 */
export async function getOutcomeFilterOptions(actor: Actor): Promise<{ ldus: Named[]; localAuthorities: Named[]; agencies: Named[] }> {
  authorize(actor, 'stats.view')
  const select = { id: true, name: true, nameCy: true } as const
  const [ldus, localAuthorities, agencies] = await Promise.all([
    prisma.area.findMany({ where: { kind: 'LDU' }, select, orderBy: { name: 'asc' } }),
    prisma.localAuthority.findMany({ select, orderBy: { name: 'asc' } }),
    prisma.agency.findMany({ where: { responsibleFor: { some: {} } }, select, orderBy: { name: 'asc' } }),
  ])
  return { ldus, localAuthorities, agencies }
}
