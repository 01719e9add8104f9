import 'server-only'
import type { Prisma } from '../../generated/prisma/client'
import { normalisePnc } from '../../lib/pnc'
import { prisma } from '../db'
import { authorize, nothing, offenderReadScope, offenderVisible, type Actor } from '../policy'
import { auditHiddenMatches } from './hidden-matches'
import { listOffenderRows } from './list-offender-rows'
import { matchNames } from './name-match'
import { PAGE_SIZE, ZSearchQuery, type TSearchQuery } from './offender.schemas'
import { searchInOneQuery } from './search-one-query'
import { isCrn } from '../zod-fields'
import { pageOfRanked, type Ranked } from './search-ranking'

/**
 * Which people a person search or picker matches (the one rule, ADR 0023 as amended): an exact CRN or PNC id (any
 * form normalisePnc reads) matches within the read scope, so a limited-access person the actor may not see comes back
 * for the caller to show as one redacted row, last; a name matches only people the actor may fully see. `exact` says
 * the match was an identifier (it outranks any name, issue 15 item 7), `scores` each name match's closeness (0..1).
 * An identifier is matched in the caller's own query, not looked up first (issue 18 item 1). Used by the main search
 * and every person picker (the MAPPA review picker), so they cannot drift apart. Raises only database errors.
 */
export async function personMatch(actor: Actor, q: string): Promise<{ where: Prisma.OffenderWhereInput; exact: boolean; scores: Map<string, number> }> {
  // The user typed the CRN or PNC id, so they know it: an exact identifier finds a limited-access person as a redacted
  // row that confirms no name, detail or id (ADR 0023; walk 25 O1: CRN and PNC alike); a name matches only people the
  // actor may fully see, so it reveals nothing, not even by fragments (security.md AC-5; break 28 D2: a redacted row
  // for a name answered "El" but not "Elf").
  if (isCrn(q)) return { where: { AND: [offenderReadScope(actor), { crn: q.toUpperCase() }] }, exact: true, scores: new Map() }
  const pnc = normalisePnc(q)
  if (pnc) return { where: { AND: [offenderReadScope(actor), { pncId: pnc }] }, exact: true, scores: new Map() }
  const names = await matchNames(prisma, q)
  return {
    where: { AND: [offenderVisible(actor), names.length ? { id: { in: names.map((n) => n.id) } } : nothing] },
    exact: false,
    scores: new Map(names.map((n) => [n.id, n.score])),
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
  const { where, exact, scores } = await personMatch(actor, query.q)
  const keyset = pickPage(where, query, exact, scores)
  const page = await listOffenderRows(actor, {
    where,
    pickIds: async () => (await keyset).ids,
    count: async () => (await keyset).total,
    audit: (total) => ({ action: 'offender.search', subjectType: 'Offender', detail: { q: query.q, total } }),
  })
  const { ids, hasNext, hasPrevious } = await keyset
  await auditHiddenMatches(actor, ids.filter((_, i) => page.rows[i]?.restricted), 'offender.searchMatch')
  // A redacted row comes only from an exact CRN or PNC id (one person, so no other page): its id is no cursor (ADR 0023).
  const cursors = page.rows.some((r) => r.restricted) ? {} : { firstId: ids[0], lastId: ids.at(-1) }
  return { query, ...page, ...cursors, hasNext, hasPrevious }
}
