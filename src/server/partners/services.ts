import 'server-only'
import { z } from 'zod'
import { recordAudit } from '../audit/record-audit'
import { prisma, type Tx } from '../db'
import { AppError, invalid, notFound } from '../errors'
import { authorize, type Actor } from '../policy'
import { providerKinds, ZCreateService, ZServiceActive, ZUpdateService } from './services.schemas'

// The directory of partner services is reference data kept by administrators: it holds no case data.

const serviceSelect = {
  id: true,
  name: true,
  nameCy: true,
  description: true,
  pathways: true,
  regions: true,
  eligibleSex: true,
  minAge: true,
  maxAge: true,
  substanceMisuse: true,
  contactEmail: true,
  contactPhone: true,
  active: true,
  version: true,
  providerAgencyId: true,
  providerAgency: { select: { name: true, nameCy: true } },
} as const

/** Agencies that may provide a service: active local authorities, health boards, charities, DWP and youth justice. */
export async function serviceProviders(actor: Actor) {
  authorize(actor, 'service.manage')
  return prisma.agency.findMany({ where: { active: true, kind: { in: [...providerKinds] } }, orderBy: { name: 'asc' }, select: { id: true, name: true, nameCy: true } })
}

export async function findServices(actor: Actor) {
  authorize(actor, 'service.manage')
  return prisma.partnerService.findMany({ select: serviceSelect, orderBy: [{ active: 'desc' }, { name: 'asc' }] })
}

export async function getService(actor: Actor, id: unknown) {
  authorize(actor, 'service.manage')
  const parsed = z.uuid().safeParse(id)
  const service = parsed.success ? await prisma.partnerService.findUnique({ where: { id: parsed.data }, select: serviceSelect }) : null
  if (!service) throw notFound()
  return service
}

async function checkProvider(tx: Tx, providerAgencyId: string) {
  if (!(await tx.agency.count({ where: { id: providerAgencyId, active: true, kind: { in: [...providerKinds] } } }))) throw invalid('providerAgencyId', 'chooseOption')
}

export async function createService(actor: Actor, input: unknown) {
  authorize(actor, 'service.manage')
  const data = ZCreateService.parse(input)
  return prisma.$transaction(async (tx) => {
    await checkProvider(tx, data.providerAgencyId)
    const service = await tx.partnerService.create({ data })
    await recordAudit(tx, actor, { action: 'partner.service.create', subjectType: 'PartnerService', subjectId: service.id, detail: { name: data.name } })
    return { id: service.id }
  })
}

/** Saves an edit made on the version the administrator saw; someone else's save in between is a conflict. */
export async function updateService(actor: Actor, input: unknown) {
  authorize(actor, 'service.manage')
  const { serviceId, version, ...data } = ZUpdateService.parse(input)
  return prisma.$transaction(async (tx) => {
    if (!(await tx.partnerService.count({ where: { id: serviceId } }))) throw notFound()
    await checkProvider(tx, data.providerAgencyId)
    const { count } = await tx.partnerService.updateMany({ where: { id: serviceId, version }, data: { ...data, version: { increment: 1 } } })
    if (!count) throw new AppError('CONFLICT')
    await recordAudit(tx, actor, { action: 'partner.service.update', subjectType: 'PartnerService', subjectId: serviceId })
    return { id: serviceId }
  })
}

/** A deactivated service takes no new referrals; those already made carry on to their outcome. */
export async function setServiceActive(actor: Actor, input: unknown) {
  authorize(actor, 'service.manage')
  const { serviceId, version, active } = ZServiceActive.parse(input)
  return prisma.$transaction(async (tx) => {
    if (!(await tx.partnerService.count({ where: { id: serviceId } }))) throw notFound()
    const { count } = await tx.partnerService.updateMany({ where: { id: serviceId, version }, data: { active, version: { increment: 1 } } })
    if (!count) throw new AppError('CONFLICT')
    await recordAudit(tx, actor, { action: active ? 'partner.service.activate' : 'partner.service.deactivate', subjectType: 'PartnerService', subjectId: serviceId })
    return { id: serviceId }
  })
}
