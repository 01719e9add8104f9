import 'server-only'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { authorize, type Actor } from '../policy'

const ROSH = ['LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH'] as const

/**
 * Aggregate figures for strategic managers and PCC analysts: counts only, never names or ids (domain.md).
 * Each LDU row counts people by overall RoSH; people not yet assessed count as "not assessed".
 */
export async function getCaseloadStatistics(actor: Actor) {
  authorize(actor, 'stats.view')
  const since = new Date(Date.now() - 90 * 24 * 3600 * 1000)
  const [ldus, byLdu, byRosh, flags, outcomes] = await Promise.all([
    prisma.area.findMany({ where: { kind: 'LDU' }, select: { id: true, name: true, nameCy: true }, orderBy: { name: 'asc' } }),
    prisma.offender.groupBy({ by: ['lduId'], _count: { _all: true } }),
    prisma.$queryRaw<{ lduId: string | null; rosh: string | null; n: bigint }[]>`
      SELECT o."lduId", r."overallRosh"::text AS rosh, count(*) AS n
      FROM "Offender" o LEFT JOIN "RiskProfile" r ON r."offenderId" = o.id
      GROUP BY o."lduId", r."overallRosh"`,
    prisma.riskFlag.groupBy({ by: ['type'], where: { deregisteredAt: null }, _count: { _all: true } }),
    prisma.contact.groupBy({ by: ['outcome'], where: { type: 'APPOINTMENT', occurredAt: { gte: since, lte: new Date() }, outcome: { not: null } }, _count: { _all: true } }),
  ])
  await recordAudit(prisma, actor, { action: 'statistics.view', subjectType: 'Statistics' })
  const cell = (lduId: string | null, rosh: string | null) => Number(byRosh.find((r) => r.lduId === lduId && r.rosh === rosh)?.n ?? 0)
  return {
    total: byLdu.reduce((sum, r) => sum + r._count._all, 0),
    ldus: ldus.map((l) => ({
      name: l.name,
      nameCy: l.nameCy,
      total: byLdu.find((r) => r.lduId === l.id)?._count._all ?? 0,
      rosh: Object.fromEntries([...ROSH, null].map((level) => [level ?? 'NONE', cell(l.id, level)])),
    })),
    flags: flags.map((f) => ({ type: f.type, count: f._count._all })),
    appointmentOutcomes: outcomes.map((o) => ({ outcome: o.outcome!, count: o._count._all })),
  }
}
