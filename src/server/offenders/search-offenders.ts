import 'server-only'
import type { Prisma } from '../../generated/prisma/client'
import { normalisePnc } from '../../lib/pnc'
import { prisma } from '../db'
import { authorize, nothing, offenderReadScope, offenderVisible, type Actor } from '../policy'
import { listOffenderRows } from './list-offender-rows'
import { matchNames } from './name-match'
import { PAGE_SIZE, ZSearchQuery, type TSearchQuery } from './offender.schemas'
import { pageOfRanked, type Ranked } from './search-ranking'

const CRN = /^[A-Z]\d{6}$/i

/** Which people match, and how close each is: an exact CRN or PNC id outranks any name (issue 15 item 7). */
async function matchFor(actor: Actor, q: string): Promise<{ where: Prisma.OffenderWhereInput; exactIds: Set<string>; scores: Map<string, number> }> {
  // A CRN is what a redacted row shows anyway, so an exact CRN finds a limited-access person as a redacted row;
  // any other search matches only people the actor may fully see, so a name reveals nothing (security.md AC-5).
  if (CRN.test(q)) return { where: { AND: [offenderReadScope(actor), { crn: q.toUpperCase() }] }, exactIds: new Set(), scores: new Map() }
  const pnc = normalisePnc(q)
  const names = pnc ? [] : await matchNames(prisma, q)
  const byPnc = pnc ? await prisma.offender.findMany({ where: { pncId: pnc }, select: { id: true } }) : []
  const ids = [...byPnc.map((r) => r.id), ...names.map((n) => n.id)]
  return {
    where: { AND: [offenderVisible(actor), ids.length ? { id: { in: ids } } : nothing] },
    exactIds: new Set(byPnc.map((r) => r.id)),
    scores: new Map(names.map((n) => [n.id, n.score])),
  }
}

/** The ranked ids of the page asked for, by keyset (the `after` / `before` person), plus the neighbours' cursors. */
async function pickPage(where: Prisma.OffenderWhereInput, query: TSearchQuery, exactIds: Set<string>, scores: Map<string, number>) {
  const rows = await prisma.offender.findMany({ where, select: { id: true, crn: true, lastName: true, firstName: true } })
  const ranked: Ranked[] = rows.map((r) => ({ ...r, exact: exactIds.has(r.id) || CRN.test(query.q), score: scores.get(r.id) ?? 0 }))
  return pageOfRanked(ranked, { after: query.after, before: query.before, size: PAGE_SIZE })
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
  const query = ZSearchQuery.parse(input)
  const { where, exactIds, scores } = await matchFor(actor, query.q)
  let keyset = { ids: [] as string[], hasNext: false, hasPrevious: false }
  const page = await listOffenderRows(actor, {
    where,
    pickIds: async () => {
      keyset = await pickPage(where, query, exactIds, scores)
      return keyset.ids
    },
    audit: (total) => ({ action: 'offender.search', subjectType: 'Offender', detail: { q: query.q, total } }),
  })
  return { query, ...page, firstId: keyset.ids[0], lastId: keyset.ids.at(-1), hasNext: keyset.hasNext, hasPrevious: keyset.hasPrevious }
}
