import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { createService, findServices, getService, serviceProviders, setServiceActive, updateService } from '../../../src/server/partners/services'
import { buildPartnerWorld, issues, type PartnerWorld } from './partner-world'

let p: PartnerWorld
let serviceId: string
const service = (over: Record<string, unknown> = {}) => ({
  providerAgencyId: p.provider.id,
  name: 'Newport Housing Solutions',
  nameCy: 'Atebion Tai Casnewydd',
  description: '',
  pathways: ['ACCOMMODATION', 'FINANCE_BENEFITS_DEBT'],
  regions: 'GWENT',
  eligibleSex: 'ANY',
  minAge: '18',
  maxAge: '',
  contactEmail: 'tai@example.org',
  contactPhone: '01633 000000',
  ...over,
})

beforeAll(async () => {
  p = await buildPartnerWorld()
})

describe('the directory of partner services', () => {
  it('is kept by administrators only', async () => {
    for (const actor of [p.actors.officer, p.caseworker, p.actors.senior]) {
      await expect(createService(actor, service())).rejects.toMatchObject({ code: 'FORBIDDEN' })
      await expect(findServices(actor)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    }
  })

  it('adds a service, audited, offering only provider agencies that provide services', async () => {
    serviceId = (await createService(p.actors.admin, service())).id
    expect(await getService(p.actors.admin, serviceId)).toMatchObject({ name: 'Newport Housing Solutions', nameCy: 'Atebion Tai Casnewydd', description: null, pathways: ['ACCOMMODATION', 'FINANCE_BENEFITS_DEBT'], regions: ['GWENT'], minAge: 18, maxAge: null, substanceMisuse: false, active: true })
    expect(await prisma.auditEvent.count({ where: { action: 'partner.service.create', subjectId: serviceId, actorUserId: p.staff.admin.id } })).toBe(1)
    const providers = (await serviceProviders(p.actors.admin)).map((a) => a.id)
    expect(providers).toContain(p.provider.id)
    expect(providers).not.toContain(p.nps.id)
    await expect(createService(p.actors.admin, service({ providerAgencyId: p.police.id }))).rejects.toMatchObject({ fieldErrors: { providerAgencyId: ['chooseOption'] } })
  })

  it('explains every problem with a service at once and saves nothing', async () => {
    const before = await prisma.partnerService.count()
    const bad = service({ providerAgencyId: '', name: '', pathways: undefined, regions: [], eligibleSex: 'SOME', minAge: '40', maxAge: '30', contactEmail: 'nope', contactPhone: 'call me' })
    expect(issues(await createService(p.actors.admin, bad).catch((e: unknown) => e))).toEqual({
      providerAgencyId: 'chooseOption',
      name: 'required',
      pathways: 'partnerChoosePathway',
      regions: 'partnerChooseRegion',
      eligibleSex: 'chooseOption',
      maxAge: 'partnerAgeOrder',
      contactEmail: 'invalidEmail',
      contactPhone: 'invalidPhone',
    })
    expect(issues(await createService(p.actors.admin, service({ minAge: 'ten', maxAge: '200' })).catch((e: unknown) => e))).toEqual({ minAge: 'invalidNumber', maxAge: 'numberTooBig' })
    expect(issues(await createService(p.actors.admin, service({ eligibleSex: 'MALE', pathways: 'WOMEN_PROSTITUTION' })).catch((e: unknown) => e))).toEqual({ pathways: 'pathwayWomenOnly' })
    expect(await prisma.partnerService.count()).toBe(before)
  })

  it('edits on the version seen, and refuses a stale save', async () => {
    await updateService(p.actors.admin, { ...service({ name: 'Newport Housing Options', substanceMisuse: 'on', regions: ['GWENT', 'SOUTH_WALES'] }), serviceId, version: 1 })
    expect(await getService(p.actors.admin, serviceId)).toMatchObject({ name: 'Newport Housing Options', substanceMisuse: true, regions: ['GWENT', 'SOUTH_WALES'], version: 2 })
    await expect(updateService(p.actors.admin, { ...service(), serviceId, version: 1 })).rejects.toMatchObject({ code: 'CONFLICT' })
    await expect(updateService(p.actors.admin, { ...service(), serviceId: crypto.randomUUID(), version: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(updateService(p.caseworker, { ...service(), serviceId, version: 2 })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect(await prisma.auditEvent.count({ where: { action: 'partner.service.update', subjectId: serviceId } })).toBe(1)
  })

  it('deactivates and reactivates a service', async () => {
    await expect(setServiceActive(p.actors.officer, { serviceId, version: 2, active: 'false' })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect(issues(await setServiceActive(p.actors.admin, { serviceId, version: 2, active: 'maybe' }).catch((e: unknown) => e))).toEqual({ active: 'chooseOption' })
    await setServiceActive(p.actors.admin, { serviceId, version: 2, active: 'false' })
    expect(await getService(p.actors.admin, serviceId)).toMatchObject({ active: false, version: 3 })
    await expect(setServiceActive(p.actors.admin, { serviceId, version: 2, active: 'true' })).rejects.toMatchObject({ code: 'CONFLICT' })
    await setServiceActive(p.actors.admin, { serviceId, version: 3, active: 'true' })
    const actions = (await prisma.auditEvent.findMany({ where: { subjectId: serviceId }, select: { action: true } })).map((a) => a.action)
    expect(actions).toEqual(expect.arrayContaining(['partner.service.deactivate', 'partner.service.activate']))
  })

  it('answers not found for an unknown or malformed id', async () => {
    await expect(getService(p.actors.admin, crypto.randomUUID())).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getService(p.actors.admin, 'x')).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})
