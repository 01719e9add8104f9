import 'server-only'
import { shownCount, shownGrid, shownParts, type Shown } from '../../lib/outcomes/disclosure'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { authorize, type Actor } from '../policy'

const ROSH = ['LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH'] as const

/**
 * Aggregate figures for strategic managers and PCC analysts: counts only, never names or ids (domain.md), each
 * disclosure-controlled like the outcome indicators (issue 14: no count of 1 to 4; a second cell withheld where one
 * of a row or column would otherwise follow from its total). Each LDU row counts people by overall RoSH; people not
 * yet assessed count as "not assessed".
 */
export async function getCaseloadStatistics(actor: Actor): Promise<{ total: Shown; ldus: { id: string; name: string; nameCy: string | null; total: Shown; rosh: Record<string, Shown> }[]; flags: { type: string; count: Shown }[]; appointmentOutcomes: { outcome: string; count: Shown }[] }> {
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
  const levels = [...ROSH, null]
  const lduTotals = ldus.map((l) => byLdu.find((r) => r.lduId === l.id)?._count._all ?? 0)
  const shownTotals = shownParts(lduTotals)
  // Withheld along each row (an LDU's levels add up to its total), then down each level's column across LDUs.
  const rows = shownGrid(ldus.map((l) => levels.map((level) => cell(l.id, level))))
  const outcomeCounts = shownParts(outcomes.map((o) => o._count._all))
  return {
    total: shownCount(byLdu.reduce((sum, r) => sum + r._count._all, 0)),
    ldus: ldus.map((l, i) => ({ id: l.id, name: l.name, nameCy: l.nameCy, total: shownTotals[i]!, rosh: Object.fromEntries(levels.map((level, j) => [level ?? 'NONE', shownTotals[i]!.suppressed ? shownTotals[i]! : rows[i]![j]!])) })),
    // Registrations overlap (a person may hold several), so each is only withheld when small.
    flags: flags.map((f) => ({ type: f.type, count: shownCount(f._count._all) })),
    appointmentOutcomes: outcomes.map((o, i) => ({ outcome: o.outcome!, count: outcomeCounts[i]! })),
  }
}
