import 'server-only'
import { z } from 'zod'
import { prisma } from '../db'
import { notFound } from '../errors'
import { authorize, schemeReadScope, type Actor } from '../policy'

const named = { select: { name: true, nameCy: true } } as const
const schemeSelect = {
  id: true, name: true, nameCy: true, funder: true, funderName: true, funderNameCy: true, region: true, serves: true, version: true,
  providerAgencyId: true, iomCohortId: true, partnerServiceId: true,
  providerAgency: named, iomCohort: named, partnerService: named,
  fundings: { select: { startsOn: true, endsOn: true, amountPence: true }, orderBy: { startsOn: 'asc' as const } },
} as const

/**
 * The schemes whose reports an actor may open (issue 14): all for a strategic manager, their provider's COSA schemes
 * for a COSA coordinator (schemeReadScope), filtered in the query. Names and funding only: no figures, no people.
 */
export async function findSchemes(actor: Actor) {
  authorize(actor, 'scheme.view')
  return prisma.commissionedScheme.findMany({ where: schemeReadScope(actor), select: schemeSelect, orderBy: { name: 'asc' } })
}

/** Every scheme, for the administrators' list. */
export async function findSchemesToManage(actor: Actor) {
  authorize(actor, 'scheme.manage')
  return prisma.commissionedScheme.findMany({ select: schemeSelect, orderBy: { name: 'asc' } })
}

/** One scheme for the administrators' edit form; NOT_FOUND for an id that is not a scheme. */
export async function getSchemeToManage(actor: Actor, id: unknown) {
  authorize(actor, 'scheme.manage')
  const parsed = z.uuid().safeParse(id)
  const scheme = parsed.success ? await prisma.commissionedScheme.findUnique({ where: { id: parsed.data }, select: schemeSelect }) : null
  if (!scheme) throw notFound()
  return scheme
}

/** One scheme the actor may see, by id; NOT_FOUND when it is outside their scope or is not a scheme. */
export async function getVisibleScheme(actor: Actor, id: unknown) {
  authorize(actor, 'scheme.view')
  const parsed = z.uuid().safeParse(id)
  const scheme = parsed.success ? await prisma.commissionedScheme.findFirst({ where: { AND: [{ id: parsed.data }, schemeReadScope(actor)] }, select: schemeSelect }) : null
  if (!scheme) throw notFound()
  return scheme
}

/** What a scheme can serve, for the form's choices: COSA providers (third sector), IOM cohorts, partner services. */
export async function schemeTargets(actor: Actor) {
  authorize(actor, 'scheme.manage')
  const [providers, cohorts, services] = await Promise.all([
    prisma.agency.findMany({ where: { kind: 'THIRD_SECTOR', active: true }, select: { id: true, name: true, nameCy: true }, orderBy: { name: 'asc' } }),
    prisma.iomCohort.findMany({ select: { id: true, name: true, nameCy: true }, orderBy: { name: 'asc' } }),
    prisma.partnerService.findMany({ select: { id: true, name: true, nameCy: true }, orderBy: { name: 'asc' } }),
  ])
  return { providers, cohorts, services }
}
