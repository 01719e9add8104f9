import type { PrismaClient } from '../../src/generated/prisma/client'
import { entry, timeInTurn, type BenchEntry } from './stats'

type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0]

/**
 * Building a level 2 agenda for South Wales two weeks ahead out of every nominal in Wales: the app's buildAgenda
 * against one INSERT … SELECT, each inside a transaction that is rolled back so every run starts clean. The bench
 * meeting is deleted afterwards, so a kept bench database does not collect them.
 */
export async function measureAgendaBuild(prisma: PrismaClient, n: number): Promise<BenchEntry> {
  const { buildAgenda } = await import('../../src/server/mappa/agenda')
  const chair = await prisma.user.findFirstOrThrow({ where: { roles: { has: 'MAPPA_COORDINATOR' } }, select: { id: true } })
  const meeting = await prisma.mappaMeeting.create({ data: { area: 'SOUTH_WALES', level: 2, startsAt: new Date(Date.now() + 14 * 86_400_000), venue: 'Bench', chairId: chair.id, coordinatorId: chair.id } })
  const day = new Date(`${meeting.startsAt.toISOString().slice(0, 10)}T00:00:00Z`)
  const nominals = await prisma.mappaNominal.count()
  const rollback = new Error('rollback')
  const inRolledBackTransaction = async (work: (tx: Tx) => Promise<number>) => {
    let rows = 0
    await prisma.$transaction(async (tx) => ((rows = await work(tx)), Promise.reject(rollback))).catch((e: unknown) => {
      if (e !== rollback) throw e
    })
    return rows
  }
  const bareSql = () =>
    inRolledBackTransaction((tx) => tx.$executeRaw`
      INSERT INTO "MappaAgendaItem" (id, "meetingId", "offenderId", "nominalId", reason, position)
      SELECT gen_random_uuid(), ${meeting.id}::uuid, n."offenderId", n.id, 'REVIEW', row_number() OVER (ORDER BY n."nextReviewDate", n."offenderId")
      FROM "MappaNominal" n
      WHERE n.area = 'SOUTH_WALES' AND n.level = 2 AND n."endedAt" IS NULL AND n."nextReviewDate" <= ${day}
        AND NOT EXISTS (SELECT 1 FROM "MappaAgendaItem" i JOIN "MappaMeeting" m ON m.id = i."meetingId"
          WHERE i."nominalId" = n.id AND i.status = 'LISTED' AND (m.id = ${meeting.id}::uuid OR m.status IN ('SCHEDULED', 'PUBLISHED')))`)
  try {
    const rows = await inRolledBackTransaction((tx) => buildAgenda(tx, meeting))
    return entry(
      `MAPPA agenda build (${nominals.toLocaleString('en-GB')} nominals)`,
      rows,
      ...(await timeInTurn(n, () => inRolledBackTransaction((tx) => buildAgenda(tx, meeting)), bareSql)),
    )
  } finally {
    await prisma.mappaMeeting.delete({ where: { id: meeting.id } })
  }
}
