import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { serviceLevelAlerts, serviceLevelAlertsByGeneralPath } from '../../../src/server/partners/service-level-alerts'
import { countStatements } from '../../support/count-statements'
import { buildPartnerWorld, type PartnerWorld } from './partner-world'

let p: PartnerWorld
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000)
const refer = (data: { offenderId: string; createdAt: Date; priority?: boolean; serviceId?: string }) =>
  prisma.partnerReferral.create({ data: { serviceId: p.services.drugs.id, referredById: p.staff.officer.id, pathway: 'DRUGS_ALCOHOL', reason: 'r', consentToShare: true, priority: true, ...data } })

beforeAll(async () => {
  p = await buildPartnerWorld()
})

describe('service-level alerts on the offender manager’s home page', () => {
  it('list their own priority substance-misuse referrals past or near the deadline, and nothing else', async () => {
    const late = await refer({ offenderId: p.people.mine.id, createdAt: daysAgo(14) })
    await refer({ offenderId: p.people.mine.id, createdAt: daysAgo(14), priority: false })
    await refer({ offenderId: p.people.mine.id, createdAt: daysAgo(14), serviceId: p.services.young.id })
    await refer({ offenderId: p.people.mine.id, createdAt: new Date() })
    await refer({ offenderId: p.people.colleagues.id, createdAt: daysAgo(14) })
    const alerts = await serviceLevelAlerts(p.actors.officer)
    expect(alerts.map((a) => a.id)).toEqual([late.id])
    expect(alerts[0]!.clock).toMatchObject({ stage: 'ASSESSMENT', state: 'BREACHED' })
    await prisma.partnerReferral.update({ where: { id: late.id }, data: { assessedOn: new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`), status: 'ACCEPTED' } })
    expect(await serviceLevelAlerts(p.actors.officer)).toEqual([])
    await expect(serviceLevelAlerts(p.caseworker)).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })

  it("are the general path's alerts for every role, over every scope case, read in ONE statement (issue 18 item 2)", async () => {
    // A late and a nearly late referral of every person (Limited Access, team, other team, north, MAPPA-managed).
    for (const person of Object.values(p.people)) {
      await refer({ offenderId: person.id, createdAt: daysAgo(14) })
      await refer({ offenderId: person.id, createdAt: daysAgo(6) })
    }
    await prisma.breakGlassAccess.create({ data: { offenderId: p.people.north.id, userId: p.staff.officer.id, reason: 'Urgent risk call', until: new Date(Date.now() + 86_400_000) } })
    let listed = 0
    for (const [name, actor] of Object.entries(p.actors)) {
      const one = await serviceLevelAlerts(actor).catch((e: { code?: string }) => e.code)
      expect({ name, one }).toEqual({ name, one: await serviceLevelAlertsByGeneralPath(actor).catch((e: { code?: string }) => e.code) })
      if (Array.isArray(one)) listed += one.length
    }
    expect(listed).toBeGreaterThan(4)
    // The officer: their own person only, never a team case, the excluded person or one opened by break-glass.
    const mine = await serviceLevelAlerts(p.actors.officer)
    expect(new Set(mine.map((a) => a.offender.id))).toEqual(new Set([p.people.mine.id]))
    expect((await countStatements(() => serviceLevelAlerts(p.actors.senior))).statements).toBe(1)
  })
})
