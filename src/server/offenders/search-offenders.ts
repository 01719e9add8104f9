import 'server-only'
import type { Prisma } from '../../generated/prisma/client'
import { prisma } from '../db'
import { authorize, offenderReadScope, offenderVisible, type Actor } from '../policy'
import { listOffenderRows } from './list-offender-rows'
import { PAGE_SIZE, ZSearchQuery } from './offender.schemas'

const CRN = /^[A-Z]\d{6}$/i
const PNC = /^\d{2,4}\/\d{1,7}[A-Z]$/i

/** Ids whose name is similar (trigram) to the query: catches misspellings like "Jon Willaims". */
async function similarNameIds(q: string): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM "Offender"
    WHERE similarity(lower("firstName" || ' ' || "lastName"), lower(${q})) > 0.35
       OR similarity(lower("lastName"), lower(${q})) > 0.45
    LIMIT 500`
  return rows.map((r) => r.id)
}

async function matchFor(q: string): Promise<Prisma.OffenderWhereInput> {
  if (PNC.test(q)) return { pncId: { equals: q, mode: 'insensitive' } }
  const tokens = q.split(/\s+/).filter(Boolean).slice(0, 5)
  const tokenMatch = (t: string): Prisma.OffenderWhereInput => ({
    OR: [
      { firstName: { contains: t, mode: 'insensitive' } },
      { middleNames: { contains: t, mode: 'insensitive' } },
      { lastName: { contains: t, mode: 'insensitive' } },
      { aliases: { some: { OR: [{ firstName: { contains: t, mode: 'insensitive' } }, { lastName: { contains: t, mode: 'insensitive' } }] } } },
    ],
  })
  return { OR: [{ AND: tokens.map(tokenMatch) }, { id: { in: await similarNameIds(q) } }] }
}

/** Search by name (fuzzy), CRN or PNC, inside the actor's scope. */
export async function searchOffenders(actor: Actor, input: unknown) {
  authorize(actor, 'offender.search')
  const query = ZSearchQuery.parse(input)
  // A CRN is what a redacted row shows anyway, so an exact CRN finds a limited-access person as a redacted row;
  // any other search matches only people the actor may fully see, so a name reveals nothing (security.md AC-5).
  const where: Prisma.OffenderWhereInput = CRN.test(query.q)
    ? { AND: [offenderReadScope(actor), { crn: query.q.toUpperCase() }] }
    : { AND: [offenderVisible(actor), await matchFor(query.q)] }
  const page = await listOffenderRows(actor, {
    where,
    // Search results are short lists read from the top, so plain page numbers serve them well.
    pickIds: async () =>
      (await prisma.offender.findMany({ where, select: { id: true }, orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { crn: 'asc' }], skip: (query.page - 1) * PAGE_SIZE, take: PAGE_SIZE })).map((r) => r.id),
    audit: (total) => ({ action: 'offender.search', subjectType: 'Offender', detail: { q: query.q, total } }),
  })
  return { query, ...page }
}
