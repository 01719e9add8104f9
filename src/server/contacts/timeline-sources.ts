import 'server-only'
import { Prisma } from '../../generated/prisma/client'
import type { OffenceCategory, ProvenDisposal, SentenceEventType, SentenceType } from '../../generated/prisma/enums'
import { containsPattern } from '../../lib/literal-search'
import { prisma } from '../db'
import type { ContactEntry } from '../offenders/offender-record.select'
import { timelineBounds } from './timeline-bounds'
import { COURT, type TTimelineQuery } from './timeline.schemas'

/**
 * The timeline's sources: contacts (timeline-contacts.ts), sentence events and further convictions. Each is read
 * newest first on the same unique key (occurredAt, id), with the same keyset bound, so the merged page is exactly the
 * union's next page (ADR 0008 addendum). Sentence events and convictions are court and custody facts, not contact
 * notes: never sensitive, so everyone who may read the person's timeline sees them (police in scope included). Each
 * source is one SQL query with its author and agency (issue 18 item 1): Prisma's nested reads took three or four,
 * even for a person with no such entries.
 */
const isContactOnly = (q: TTimelineQuery) => (q.type !== undefined && q.type !== COURT) || q.compliance !== undefined
type Author = { name: string; agency: { name: string; nameCy: string | null } }
type Who = { authorName: string; agencyName: string; agencyNameCy: string | null }
const author = ({ authorName, agencyName, agencyNameCy }: Who): Author => ({ name: authorName, agency: { name: agencyName, nameCy: agencyNameCy } })
/** The author's name and agency, for a source whose author is the user `u`. */
const who = Prisma.sql`u.name AS "authorName", a.name AS "agencyName", a."nameCy" AS "agencyNameCy"`

type EventRow = Who & { id: string; type: SentenceEventType; values: Prisma.JsonValue; occurredAt: Date; sentenceType: SentenceType }

/** Sentence history (recorded, varied, custody, ended) as type + values, with the sentence's type: one query. */
export async function timelineSentenceEvents(offenderId: string, q: TTimelineQuery, take: number) {
  // Events carry no notes: a keyword search is about what people wrote.
  if (isContactOnly(q) || q.q) return []
  const where = [Prisma.sql`e."offenderId" = ${offenderId}::uuid`, ...(q.agencyId ? [Prisma.sql`u."agencyId" = ${q.agencyId}::uuid`] : []), ...timelineBounds(q, Prisma.raw('e'))]
  const rows = await prisma.$queryRaw<EventRow[]>`
    SELECT e.id::text AS id, e.type::text AS type, e.values, e."occurredAt", s.type::text AS "sentenceType", ${who}
    FROM "SentenceEvent" e JOIN "Sentence" s ON s.id = e."sentenceId" JOIN "User" u ON u.id = e."actorId" JOIN "Agency" a ON a.id = u."agencyId"
    WHERE ${Prisma.join(where, ' AND ')}
    ORDER BY e."occurredAt" DESC, e.id DESC
    LIMIT ${take}`
  return rows.map(({ authorName, agencyName, agencyNameCy, values, ...e }) => ({
    kind: 'sentence' as const, ...e, values: (values ?? {}) as Record<string, string | number | string[]>, author: author({ authorName, agencyName, agencyNameCy }),
  }))
}

type ConvictionRow = Who & {
  id: string; occurredAt: Date; offenceDate: Date; category: OffenceCategory; disposal: ProvenDisposal; sentenceType: SentenceType | null; description: string | null
  recordedAgencyName: string; recordedAgencyNameCy: string | null
}

/** Further convictions and cautions, dated the day they were proven: one query. */
export async function timelineConvictions(offenderId: string, q: TTimelineQuery, take: number) {
  if (isContactOnly(q)) return []
  const where = [Prisma.sql`p."offenderId" = ${offenderId}::uuid`, ...timelineBounds(q, Prisma.raw('p'))]
  if (q.agencyId) where.push(Prisma.sql`p."recordedAgencyId" = ${q.agencyId}::uuid`)
  if (q.q) where.push(Prisma.sql`p.description ILIKE ${containsPattern(q.q)} ESCAPE '\\'`)
  const rows = await prisma.$queryRaw<ConvictionRow[]>`
    SELECT p.id::text AS id, p."occurredAt", p."offenceDate", p.category::text AS category, p.disposal::text AS disposal,
      p."sentenceType"::text AS "sentenceType", p.description, ${who}, r.name AS "recordedAgencyName", r."nameCy" AS "recordedAgencyNameCy"
    FROM "ProvenOffence" p JOIN "User" u ON u.id = p."recordedById" JOIN "Agency" a ON a.id = u."agencyId" JOIN "Agency" r ON r.id = p."recordedAgencyId"
    WHERE ${Prisma.join(where, ' AND ')}
    ORDER BY p."occurredAt" DESC, p.id DESC
    LIMIT ${take}`
  return rows.map(({ authorName, agencyName, agencyNameCy, recordedAgencyName, recordedAgencyNameCy, ...p }) => ({
    kind: 'conviction' as const, ...p, recordedAgency: { name: recordedAgencyName, nameCy: recordedAgencyNameCy }, author: author({ authorName, agencyName, agencyNameCy }),
  }))
}

export type TimelineEntry = (ContactEntry & { kind: 'contact' }) | Awaited<ReturnType<typeof timelineSentenceEvents>>[number] | Awaited<ReturnType<typeof timelineConvictions>>[number]

/** Newest first on (occurredAt, id), the order every source was read in. */
export const newestFirst = (a: TimelineEntry, b: TimelineEntry) => b.occurredAt.getTime() - a.occurredAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)
