import 'server-only'
import type { Prisma } from '../../generated/prisma/client'
import { londonMidnight as londonDay } from '../../lib/dates'
import { prisma } from '../db'
import type { ContactEntry } from '../offenders/offender-record.select'
import { COURT, type TTimelineQuery } from './timeline.schemas'
import { escapeLike } from '../../lib/literal-search'

/**
 * The timeline's sources: contacts (timeline-contacts.ts), sentence events and further convictions. Each is read
 * newest first on the same unique key (occurredAt, id), with the same keyset bound, so the merged page is exactly the
 * union's next page
 * (ADR 0008 addendum). Sentence events and convictions are court and custody facts, not contact notes: never
 * sensitive, so everyone who may read the person's timeline sees them (police in scope included).
 */
type Shared = { occurredAt?: Prisma.DateTimeFilter; OR?: { occurredAt: Prisma.DateTimeFilter | Date; id?: Prisma.StringFilter }[] }

function shared(q: TTimelineQuery): Shared[] {
  const out: Shared[] = []
  if (q.from) out.push({ occurredAt: { gte: londonDay(q.from) } })
  if (q.to) out.push({ occurredAt: { lt: londonDay(q.to, 1) } })
  if (q.before) {
    const [at, id] = q.before.split('_') as [string, string]
    out.push({ OR: [{ occurredAt: { lt: new Date(at) } }, { occurredAt: new Date(at), id: { lt: id } }] })
  }
  return out
}

const order = [{ occurredAt: 'desc' as const }, { id: 'desc' as const }]
const who = { select: { name: true, agency: { select: { name: true, nameCy: true } } } } as const
const isContactOnly = (q: TTimelineQuery) => (q.type !== undefined && q.type !== COURT) || q.compliance !== undefined

/** Sentence history (recorded, varied, custody, ended) as type + values, with the sentence's type. */
export async function timelineSentenceEvents(offenderId: string, q: TTimelineQuery, take: number) {
  // Events carry no notes: a keyword search is about what people wrote.
  if (isContactOnly(q) || q.q) return []
  const rows = await prisma.sentenceEvent.findMany({
    where: { AND: [{ offenderId }, ...(q.agencyId ? [{ actor: { agencyId: q.agencyId } }] : []), ...shared(q)] },
    orderBy: order,
    take,
    select: { id: true, type: true, values: true, occurredAt: true, sentence: { select: { type: true } }, actor: who },
  })
  return rows.map(({ sentence, actor, values, ...e }) => ({ kind: 'sentence' as const, ...e, values: (values ?? {}) as Record<string, string | number | string[]>, sentenceType: sentence.type, author: actor }))
}

/** Further convictions and cautions, dated the day they were proven. */
export async function timelineConvictions(offenderId: string, q: TTimelineQuery, take: number) {
  if (isContactOnly(q)) return []
  const own: Prisma.ProvenOffenceWhereInput[] = [{ offenderId }]
  if (q.agencyId) own.push({ recordedAgencyId: q.agencyId })
  if (q.q) own.push({ description: { contains: escapeLike(q.q), mode: 'insensitive' } })
  const rows = await prisma.provenOffence.findMany({
    where: { AND: [...own, ...shared(q)] },
    orderBy: order,
    take,
    select: { id: true, occurredAt: true, offenceDate: true, category: true, disposal: true, sentenceType: true, description: true, recordedBy: who, recordedAgency: { select: { name: true, nameCy: true } } },
  })
  return rows.map(({ recordedBy, ...p }) => ({ kind: 'conviction' as const, ...p, author: recordedBy }))
}

export type TimelineEntry = (ContactEntry & { kind: 'contact' }) | Awaited<ReturnType<typeof timelineSentenceEvents>>[number] | Awaited<ReturnType<typeof timelineConvictions>>[number]

/** Newest first on (occurredAt, id), the order every source was read in. */
export const newestFirst = (a: TimelineEntry, b: TimelineEntry) => b.occurredAt.getTime() - a.occurredAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)
