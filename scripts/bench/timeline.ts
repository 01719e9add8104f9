import { Prisma, type PrismaClient } from '../../src/generated/prisma/client'
import type { Actor } from '../../src/server/policy'
import { officerScopeSql } from './officer-scope'
import { entry, timeInTurn, type BenchEntry } from './stats'

/**
 * The contact timeline's first page for the heavy case (issue 18 item 1), through the app's findTimeline, against the
 * bare SQL for what that page shows: the person (only when in the officer's scope and not limited for them: nothing
 * of theirs is read before that is known), then, side by side, 51 of each source newest first (contacts with author
 * and agency; sentence events; further convictions) and the agencies of the filter list. Contacts alone, the earlier
 * baseline, are one of the five reads the page needs.
 */
export async function measureTimeline(prisma: PrismaClient, actor: Actor, offenderId: string, n: number): Promise<BenchEntry> {
  const { findTimeline } = await import('../../src/server/contacts/find-timeline')
  const { inScope, notLimited } = officerScopeSql(actor)
  const id = Prisma.sql`${offenderId}::uuid`
  const bare = async () => {
    const [person] = await prisma.$queryRaw<{ id: string }[]>`
      SELECT o.id, o.crn, o."firstName", o."lastName" FROM "Offender" o WHERE o.id = ${id} AND ${inScope} AND ${notLimited}`
    if (!person) throw new Error('The heavy case is not visible to the bench officer.')
    return Promise.all([
      prisma.$queryRaw`
        SELECT c.id, c.type, c."occurredAt", c.outcome, c.notes, c.event, c."eventValues", c."isSensitive", c.location, c."cancelledAt",
          c."cancelReason", c."absenceReason", c.version, c."authorId", u.name, a.name AS agency, a."nameCy" AS "agencyCy"
        FROM "Contact" c JOIN "User" u ON u.id = c."authorId" JOIN "Agency" a ON a.id = c."authorAgencyId"
        WHERE c."offenderId" = ${id} ORDER BY c."occurredAt" DESC, c.id DESC LIMIT 51`,
      prisma.$queryRaw`
        SELECT e.id, e.type, e.values, e."occurredAt", s.type AS "sentenceType", u.name, a.name AS agency, a."nameCy" AS "agencyCy"
        FROM "SentenceEvent" e JOIN "Sentence" s ON s.id = e."sentenceId" JOIN "User" u ON u.id = e."actorId" JOIN "Agency" a ON a.id = u."agencyId"
        WHERE e."offenderId" = ${id} ORDER BY e."occurredAt" DESC, e.id DESC LIMIT 51`,
      prisma.$queryRaw`
        SELECT p.id, p."occurredAt", p."offenceDate", p.category, p.disposal, p."sentenceType", p.description, u.name, a.name AS agency,
          a."nameCy" AS "agencyCy", r.name AS recorded, r."nameCy" AS "recordedCy"
        FROM "ProvenOffence" p JOIN "User" u ON u.id = p."recordedById" JOIN "Agency" a ON a.id = u."agencyId" JOIN "Agency" r ON r.id = p."recordedAgencyId"
        WHERE p."offenderId" = ${id} ORDER BY p."occurredAt" DESC, p.id DESC LIMIT 51`,
      prisma.$queryRaw`
        SELECT a.id, a.name, a."nameCy" FROM "Agency" a
        WHERE EXISTS (SELECT 1 FROM "Contact" c WHERE c."offenderId" = ${id} AND c."authorAgencyId" = a.id)
          OR EXISTS (SELECT 1 FROM "ProvenOffence" p WHERE p."offenderId" = ${id} AND p."recordedAgencyId" = a.id)
          OR EXISTS (SELECT 1 FROM "SentenceEvent" e JOIN "User" u ON u.id = e."actorId" WHERE e."offenderId" = ${id} AND u."agencyId" = a.id)
        ORDER BY a.name`,
    ])
  }
  const timeline = await findTimeline(actor, { offenderId })
  return entry('contact timeline page 1 (person with 5,000+ contacts)', timeline.entries.length, ...(await timeInTurn(n, () => findTimeline(actor, { offenderId }), bare)))
}
