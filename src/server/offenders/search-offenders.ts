import 'server-only'
import type { Prisma } from '../../generated/prisma/client'
import { normalisePnc } from '../../lib/pnc'
import { prisma } from '../db'
import { authorize, laoVisible, nothing, offenderReadScope, offenderVisible, type Actor } from '../policy'
import { listOffenderRows } from './list-offender-rows'
import { matchNames } from './name-match'
import { PAGE_SIZE, ZSearchQuery, type TSearchQuery } from './offender.schemas'
import { CRN, searchInOneQuery } from './search-one-query'
import { hiddenRows, pageOfRanked, type Ranked } from './search-ranking'

/**
 * Which people match, and whether every match is an exact identifier: an exact CRN or PNC id outranks any name
 * (issue 15 item 7). An identifier is matched in the page's own query, not looked up first (issue 18 item 1).
 */
async function matchFor(actor: Actor, q: string): Promise<{ where: Prisma.OffenderWhereInput; exact: boolean; scores: Map<string, number>; hidden?: Prisma.OffenderWhereInput }> {
  // Whichever field matched, a limited-access person the actor may not see is one redacted row that confirms no name,
  // detail or id (domain.md "in every list, search, count"; walk 25 O1, ADR 0023): an exact CRN or PNC id finds them
  // in the read scope and toOffenderRow redacts them; a name ranks only people the actor may fully see (where a
  // hidden person's place would hint at their name) and counts the hidden ones apart (`hidden`), listed last.
  if (CRN.test(q)) return { where: { AND: [offenderReadScope(actor), { crn: q.toUpperCase() }] }, exact: true, scores: new Map() }
  const pnc = normalisePnc(q)
  if (pnc) return { where: { AND: [offenderReadScope(actor), { pncId: pnc }] }, exact: true, scores: new Map() }
  const names = await matchNames(prisma, q)
  const named = names.length ? { id: { in: names.map((n) => n.id) } } : nothing
  return {
    where: { AND: [offenderVisible(actor), named] },
    exact: false,
    scores: new Map(names.map((n) => [n.id, n.score])),
    hidden: { AND: [offenderReadScope(actor), { NOT: laoVisible(actor) }, named] },
  }
}


/**
 * The ranked ids of the page asked for, by keyset (the `after` / `before` person), plus the neighbours' cursors, and
 * how many people match: every match is read to rank it, so that is the total.
 */
async function pickPage(where: Prisma.OffenderWhereInput, query: TSearchQuery, exact: boolean, scores: Map<string, number>) {
  const rows = await prisma.offender.findMany({ where, select: { id: true, crn: true, lastName: true, firstName: true } })
  const ranked: Ranked[] = rows.map((r) => ({ ...r, exact, score: scores.get(r.id) ?? 0 }))
  return { ...pageOfRanked(ranked, { after: query.after, before: query.before, size: PAGE_SIZE }), total: rows.length }
}

/**
 * Search by name, CRN or PNC id inside the actor's scope (one search function for people, style.md). Input is
 * literal (issue 15 item 5); names match with or without diacritics (item 6); short PNC forms find the person, and
 * results come closest first: exact CRN/PNC, then name similarity, then name and CRN (item 7). Pages are keyset
 * pages over that order (item 8), so no person repeats or is skipped between pages.
 * @param input { q, after?, before?, page? } (ZSearchQuery); throws FORBIDDEN without offender.search
 */
export async function searchOffenders(actor: Actor, input: unknown) {
  authorize(actor, 'offender.search')
  // An exact CRN, a PNC id or a name in one statement, audit included (search-one-query.ts, issue 18 items 1 and 2).
  return searchInOneQuery(actor, ZSearchQuery.parse(input))
}

/**
 * searchOffenders by the general Prisma path (scopes from scopes.ts, then rows and audit), for the test that holds
 * the SQL path equal to it and for the bench. The same rules and audit.
 */
export async function searchOffendersByGeneralPath(actor: Actor, input: unknown) {
  authorize(actor, 'offender.search')
  const query = ZSearchQuery.parse(input)
  const { where, exact, scores, hidden } = await matchFor(actor, query.q)
  const keyset = pickPage(where, query, exact, scores)
  const hiddenCount = hidden ? prisma.offender.count({ where: hidden }) : Promise.resolve(0)
  const page = await listOffenderRows(actor, {
    where,
    pickIds: async () => (await keyset).ids,
    count: async () => (await keyset).total + (await hiddenCount),
    audit: (total) => ({ action: 'offender.search', subjectType: 'Offender', detail: { q: query.q, total } }),
  })
  const { ids, hasNext, hasPrevious } = await keyset
  // A redacted row found by an exact CRN or PNC id (one person, so no other page): its id is no cursor (ADR 0023).
  const cursors = page.rows.some((r) => r.restricted) ? {} : { firstId: ids[0], lastId: ids.at(-1) }
  return { query, ...page, rows: [...page.rows, ...hiddenRows(await hiddenCount, !hasNext)], ...cursors, hasNext, hasPrevious }
}
