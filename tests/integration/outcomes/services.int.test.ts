import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { ZOutcomeFilter } from '../../../src/server/outcomes/outcome-filter'
import { queryServices } from '../../../src/server/outcomes/services-query'
import { buildOutcomeWorld, day } from './outcome-world'

let lduId: string
beforeAll(async () => {
  const w = await buildOutcomeWorld()
  lduId = w.ldu.id
  const service = (substanceMisuse: boolean) =>
    prisma.partnerService.create({ data: { providerAgencyId: w.agency.id, name: `Service ${substanceMisuse}`, pathways: ['DRUGS_ALCOHOL'], regions: ['NORTH_WALES'], substanceMisuse, contactEmail: 'service@llwybr.test' } })
  const [drugs, housing] = [await service(true), await service(false)]
  const refer = async (o: { at: string; priority?: boolean; serviceId?: string; status?: 'SUBMITTED' | 'ACCEPTED' | 'REJECTED'; assessedOn?: string; carePlanStartedOn?: string }) =>
    prisma.partnerReferral.create({
      data: {
        offenderId: (await w.person()).id, serviceId: o.serviceId ?? drugs.id, referredById: w.officer.id, pathway: 'DRUGS_ALCOHOL', reason: 'Needs support', consentToShare: true,
        priority: o.priority ?? true, status: o.status ?? 'ACCEPTED', createdAt: new Date(o.at), assessedOn: o.assessedOn ? day(o.assessedOn) : null, carePlanStartedOn: o.carePlanStartedOn ? day(o.carePlanStartedOn) : null,
      },
    })
  // Monday 14 April 2025: Good Friday and Easter Monday make Wednesday 23 April the fifth working day; the care plan's
  // tenth working day after that (with the early May bank holiday) is Thursday 8 May.
  await refer({ at: '2025-04-14T08:00:00Z', assessedOn: '2025-04-23', carePlanStartedOn: '2025-05-08' })
  await refer({ at: '2025-04-14T08:00:00Z', assessedOn: '2025-04-24' })
  await refer({ at: '2025-05-01T08:00:00Z', status: 'REJECTED' })
  await refer({ at: '2025-05-02T08:00:00Z', status: 'SUBMITTED' })
  await refer({ at: '2025-05-02T08:00:00Z', priority: false })
  await refer({ at: '2025-05-02T08:00:00Z', serviceId: housing.id })
  await refer({ at: '2025-06-30T23:30:00Z' }) // 1 July in London
  async function programme(units: number, done: number, lastOn: string) {
    const s = await w.sentence((await w.person()).id, 'COMMUNITY_ORDER', '2025-01-06')
    const q = await prisma.sentenceRequirement.create({ data: { sentenceId: s.id, kind: 'ACCREDITED_PROGRAMME', description: '', unitsOrdered: units, unitsCompleted: done } })
    await prisma.requirementProgress.createMany({ data: [{ requirementId: q.id, units: done - 2, workedOn: day('2025-03-03'), recordedById: w.officer.id }, { requirementId: q.id, units: 2, workedOn: day(lastOn), recordedById: w.officer.id }] })
  }
  await programme(20, 20, '2025-06-10')
  await programme(20, 15, '2025-06-11')
  await programme(20, 20, '2025-07-02')
})

describe('service levels and programme completions (hand-worked)', () => {
  it('counts priority substance misuse referrals against the working-day clocks, and completed programmes', async () => {
    const rows = await queryServices(ZOutcomeFilter.parse({ from: '2025-Q2', to: '2025-Q3', lduId }))
    expect(rows.find((r) => r.quarter === '2025-Q2')?.values).toEqual({ referrals: 3, assessedInTime: 1, assessed: 2, carePlanInTime: 1, programmes: 1 })
    expect(rows.find((r) => r.quarter === '2025-Q3')?.values).toEqual({ referrals: 1, assessedInTime: 0, assessed: 0, carePlanInTime: 0, programmes: 1 })
  })
})
