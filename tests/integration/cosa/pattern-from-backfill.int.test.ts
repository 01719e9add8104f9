import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import type { Actor } from '../../../src/server/policy'
import { createOffender, createUser } from '../../factories'
import { actorOf } from '../../support/actor'
import { inDays } from './started-circle'

// cosa17 item 1: the migration that gave a circle's pattern its own "since" date back-fills it. Its statements after
// the column is added are run here on circles as they were before (no date), inside a transaction rolled back after.
const migration = readFileSync('prisma/migrations/20261201110000_circle_pattern_from/migration.sql', 'utf8')
const backfill = migration.split(';').map((s) => s.replace(/--.*$/gm, '').trim()).filter((s) => s.startsWith('UPDATE'))
const day = (iso: string) => new Date(`${iso}T00:00:00Z`)
let coordinator: Actor
let provider: string

beforeAll(async () => {
  provider = (await prisma.agency.create({ data: { code: `BACKFILL-${Date.now()}`, name: 'Back-fill provider', kind: 'THIRD_SECTOR' } })).id
  coordinator = await actorOf(await createUser(prisma, { agencyId: provider, roles: ['COSA_COORDINATOR'] }))
})

const circle = async (startDate: string | null) => {
  const person = await createOffender(prisma)
  const referral = await prisma.cosaReferral.create({ data: { offenderId: person.id, providerAgencyId: provider, referredById: coordinator.userId, programme: 'COMMUNITY', eligibility: 'e', suitability: 's', consentToShare: true, status: 'ACCEPTED' } })
  return (await prisma.circle.create({ data: { providerAgencyId: provider, coreMemberId: person.id, referralId: referral.id, coordinatorId: coordinator.userId, programme: 'COMMUNITY', status: startDate ? 'ACTIVE' : 'FORMING', weekday: 2, startTime: '19:00', startDate: startDate ? day(startDate) : null } })).id
}
const setupAudit = (circleId: string, occurredAt: Date) => prisma.auditEvent.create({ data: { action: 'cosa.circle.setup', subjectType: 'Circle', subjectId: circleId, actorUserId: coordinator.userId, occurredAt } })

describe('back-filling the day a circle’s pattern applies from', () => {
  it('takes the first meeting for a pattern never changed, and the first meeting after the last change otherwise', async () => {
    expect(backfill).toHaveLength(2)
    const unchanged = await circle(inDays(-60))
    await setupAudit(unchanged, day(inDays(-70)))
    const changed = await circle(inDays(-60))
    await setupAudit(changed, day(inDays(-70)))
    await setupAudit(changed, new Date(`${inDays(-10)}T09:00:00Z`))
    await prisma.circleMeeting.create({ data: { circleId: changed, startsAt: new Date(`${inDays(-3)}T23:30:00Z`), endsAt: new Date(`${inDays(-2)}T01:00:00Z`) } })
    await prisma.circleMeeting.create({ data: { circleId: changed, startsAt: new Date(`${inDays(-17)}T18:00:00Z`), endsAt: new Date(`${inDays(-17)}T19:30:00Z`) } })
    const changedNoMeeting = await circle(inDays(-60))
    await setupAudit(changedNoMeeting, new Date(`${inDays(-5)}T09:00:00Z`))
    const forming = await circle(null)
    const ids = [unchanged, changed, changedNoMeeting, forming]
    const after = await prisma.$transaction(async (tx) => {
      await tx.circle.updateMany({ where: { id: { in: ids } }, data: { patternFrom: null } })
      for (const sql of backfill) await tx.$executeRawUnsafe(sql)
      const rows = await tx.circle.findMany({ where: { id: { in: ids } }, select: { id: true, patternFrom: true } })
      throw Object.assign(new Error('roll back'), { rows })
    }).catch((e: { rows?: { id: string; patternFrom: Date | null }[] }) => e.rows!)
    const from = new Map(after.map((r) => [r.id, r.patternFrom?.toISOString().slice(0, 10) ?? null]))
    // 23:30 UTC on a winter evening is that day in London; in summer it is the next day: the London date is what counts.
    const londonDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(`${inDays(-3)}T23:30:00Z`))
    expect(ids.map((id) => from.get(id))).toEqual([inDays(-60), londonDay, inDays(-5), null])
  })
})
