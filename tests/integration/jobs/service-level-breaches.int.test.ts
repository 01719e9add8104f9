import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { recordServiceLevelBreaches } from '../../../src/server/jobs/record-breaches'
import { findDueTasks } from '../../../src/server/tasks/find-due-tasks'
import { buildPartnerWorld, iso, type PartnerWorld } from '../partners/partner-world'

let p: PartnerWorld
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000)
const refer = (data: { offenderId: string; createdAt: Date; priority?: boolean; serviceId?: string; status?: 'SUBMITTED' | 'WITHDRAWN' }) =>
  prisma.partnerReferral.create({ data: { serviceId: p.services.drugs.id, referredById: p.staff.officer.id, pathway: 'DRUGS_ALCOHOL', reason: 'r', consentToShare: true, priority: true, ...data } })
const breachesOf = (referralId: string) => prisma.serviceLevelBreach.findMany({ where: { referralId }, orderBy: { stage: 'asc' } })
const auditsOf = (referralId: string) => prisma.auditEvent.findMany({ where: { action: 'partner.referral.breach', subjectId: referralId } })

beforeAll(async () => {
  p = await buildPartnerWorld()
})

describe('the periodic service-level breach check (issue 18 item 3)', () => {
  it('records a breached stage once, however often it runs, audited by the system', async () => {
    const late = await refer({ offenderId: p.people.mine.id, createdAt: daysAgo(14) })
    const [first, second] = [await recordServiceLevelBreaches(), await recordServiceLevelBreaches()]
    expect(first.filter((b) => b.referralId === late.id)).toHaveLength(1)
    expect(second.filter((b) => b.referralId === late.id)).toEqual([])
    const breaches = await breachesOf(late.id)
    expect(breaches.map((b) => b.stage)).toEqual(['ASSESSMENT'])
    const audits = await auditsOf(late.id)
    expect(audits).toHaveLength(1)
    expect(audits[0]).toMatchObject({ actorUserId: null, offenderId: p.people.mine.id, subjectType: 'PartnerReferral' })
  })

  it('records the care-plan stage separately once the assessment is in and that clock runs out too', async () => {
    const late = await refer({ offenderId: p.people.mine.id, createdAt: daysAgo(40) })
    await recordServiceLevelBreaches()
    await prisma.partnerReferral.update({ where: { id: late.id }, data: { status: 'ACCEPTED', assessedOn: new Date(`${iso(daysAgo(30))}T00:00:00Z`) } })
    await recordServiceLevelBreaches()
    await recordServiceLevelBreaches()
    expect((await breachesOf(late.id)).map((b) => b.stage)).toEqual(['ASSESSMENT', 'CARE_PLAN'])
    expect(await auditsOf(late.id)).toHaveLength(2)
  })

  it('records nothing for referrals on time, not priority, to other services, or closed', async () => {
    const quiet = [
      await refer({ offenderId: p.people.mine.id, createdAt: new Date() }),
      await refer({ offenderId: p.people.mine.id, createdAt: daysAgo(14), priority: false }),
      await refer({ offenderId: p.people.mine.id, createdAt: daysAgo(14), serviceId: p.services.young.id }),
      await refer({ offenderId: p.people.mine.id, createdAt: daysAgo(14), status: 'WITHDRAWN' }),
    ]
    await recordServiceLevelBreaches()
    for (const r of quiet) expect(await breachesOf(r.id)).toEqual([])
  })

  it('puts a recorded breach in the offender manager’s and their senior’s due tasks until the stage is met, and nobody else’s', async () => {
    const late = await refer({ offenderId: p.people.mine.id, createdAt: daysAgo(14) })
    const breachTasks = async (actor: typeof p.actors.officer) =>
      (await findDueTasks(actor)).filter((t) => t.kind === 'SERVICE_LEVEL_BREACH' && t.referralId === late.id)
    expect(await breachTasks(p.actors.officer)).toEqual([])
    await recordServiceLevelBreaches()
    const [task] = await breachTasks(p.actors.officer)
    expect(task).toMatchObject({ detail: 'ASSESSMENT', overdue: true, service: { name: p.services.drugs.name } })
    expect(await breachTasks(p.actors.senior)).toHaveLength(1)
    expect(await breachTasks(p.actors.otherTeamOfficer)).toEqual([])
    await prisma.partnerReferral.update({ where: { id: late.id }, data: { status: 'ACCEPTED', assessedOn: new Date(`${iso(new Date())}T00:00:00Z`) } })
    expect(await breachTasks(p.actors.officer)).toEqual([])
  })
})
