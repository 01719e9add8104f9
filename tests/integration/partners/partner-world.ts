import type { ZodError } from 'zod'
import { prisma } from '../../../src/server/db'
import type { Prisma } from '../../../src/generated/prisma/client'
import { issueKey } from '../../../src/server/validation-messages'
import { createUser } from '../../factories'
import { actorOf } from '../../support/actor'
import { buildWorld } from '../../support/world'

export const issues = (e: unknown) => Object.fromEntries((e as ZodError).issues.map((i) => [i.path.join('.'), issueKey(i).key]))
export const iso = (d: Date) => d.toISOString().slice(0, 10)

/**
 * The access world plus two provider agencies, each with a partner caseworker, and a few services in South Wales
 * (where the world's people live, men born in 1990): a substance-misuse service for anyone 18+, a women's service,
 * a North Wales one, one for under-25s and a housing service; and support needs for two pathways.
 */
export async function buildPartnerWorld() {
  const w = await buildWorld()
  const agency = (name: string) => prisma.agency.create({ data: { code: `${name}-${w.tag}`.toUpperCase(), name: `${name} ${w.tag}`, kind: 'THIRD_SECTOR' } })
  const [provider, otherProvider] = [await agency('Dyfodol'), await agency('Llety')]
  const caseworkerUser = await createUser(prisma, { agencyId: provider.id, roles: ['PARTNER_CASEWORKER'], name: 'Jade Caseworker' })
  const caseworker = await actorOf(caseworkerUser)
  const colleague = await actorOf(await createUser(prisma, { agencyId: provider.id, roles: ['PARTNER_CASEWORKER'] }))
  const otherCaseworker = await actorOf(await createUser(prisma, { agencyId: otherProvider.id, roles: ['PARTNER_CASEWORKER'] }))
  const service = (data: Partial<Prisma.PartnerServiceUncheckedCreateInput>) =>
    prisma.partnerService.create({ data: { providerAgencyId: provider.id, name: 'Service', pathways: ['DRUGS_ALCOHOL'], regions: ['SOUTH_WALES'], contactEmail: 'referrals@example.org', ...data } })
  const services = {
    drugs: await service({ name: `Drug and alcohol ${w.tag}`, substanceMisuse: true, minAge: 18, pathways: ['DRUGS_ALCOHOL', 'HEALTH'] }),
    women: await service({ name: `Women’s service ${w.tag}`, eligibleSex: 'FEMALE', pathways: ['WOMEN_DOMESTIC_ABUSE', 'HEALTH'] }),
    north: await service({ name: `North service ${w.tag}`, regions: ['NORTH_WALES'], substanceMisuse: true }),
    young: await service({ name: `Young adults ${w.tag}`, maxAge: 25 }),
    housing: await service({ name: `Housing ${w.tag}`, providerAgencyId: otherProvider.id, pathways: ['ACCOMMODATION'] }),
    closed: await service({ name: `Closed service ${w.tag}`, active: false, substanceMisuse: true }),
  }
  const need = (pathway: 'DRUGS_ALCOHOL' | 'ACCOMMODATION', label: string) => prisma.supportNeed.create({ data: { pathway, label: `${label} ${w.tag}`, labelCy: `${label} (cy) ${w.tag}` } })
  const needs = { detox: await need('DRUGS_ALCOHOL', 'Needs detox'), alcohol: await need('DRUGS_ALCOHOL', 'Alcohol dependence'), nfa: await need('ACCOMMODATION', 'No fixed abode on release') }
  return { ...w, provider, otherProvider, caseworker, colleague, otherCaseworker, caseworkerUser, services, needs }
}
export type PartnerWorld = Awaited<ReturnType<typeof buildPartnerWorld>>

/** A valid referral of the officer's own person to the substance-misuse service. */
export const referral = (p: PartnerWorld, over: Record<string, unknown> = {}) => ({
  offenderId: p.people.mine.id,
  serviceId: p.services.drugs.id,
  pathway: 'DRUGS_ALCOHOL',
  needIds: [p.needs.detox.id],
  reason: 'Daily heroin use since release; wants a script and support.',
  priority: 'on',
  consentToShare: 'on',
  ...over,
})
