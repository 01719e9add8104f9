import 'server-only'
import type { Prisma } from '../../generated/prisma/client'
import { prisma } from '../db'
import { pickShownRows } from './caseload-keyset'
import { PAGE_SIZE, REDACTED_CURSOR, type TCaseloadQuery } from './offender.schemas'

type Row = { id: string; cursor: string }
export type CaseloadPage = { ids: string[]; hasNext: boolean; hasPrevious: boolean; firstCursor?: string; lastCursor?: string }

/** A redacted person's cursor is their CRN (the redacted group's order), sealed before it reaches a link (ADR 0023). */
export const redactedCursor = (crn: string) => `crn:${crn}`

/** Redacted people by CRN (ascending, or descending walking back), strictly past `crn` when given. */
async function redactedRows(where: Prisma.OffenderWhereInput, at: { crn?: string; backwards: boolean; take: number }): Promise<Row[]> {
  if (at.take <= 0) return []
  const past = at.crn ? { crn: at.backwards ? { lt: at.crn } : { gt: at.crn } } : {}
  const rows = await prisma.offender.findMany({
    where: { AND: [where, past] },
    select: { id: true, crn: true },
    orderBy: { crn: at.backwards ? 'desc' : 'asc' },
    take: at.take,
  })
  return rows.map((r) => ({ id: r.id, cursor: redactedCursor(r.crn) }))
}

async function shownRows(where: Prisma.OffenderWhereInput, query: TCaseloadQuery, at: { boundaryId?: string; backwards: boolean; take: number }) {
  const { ids, boundaryFound } = await pickShownRows(where, query, at)
  return { rows: ids.map((id): Row => ({ id, cursor: id })), boundaryFound }
}

function pageOf(walked: Row[], p: { backwards: boolean; hasNext: boolean; hasPrevious: boolean }): CaseloadPage {
  const rows = walked.slice(0, PAGE_SIZE)
  if (p.backwards) rows.reverse()
  return { ids: rows.map((r) => r.id), hasNext: p.hasNext, hasPrevious: p.hasPrevious, firstCursor: rows[0]?.cursor, lastCursor: rows.at(-1)?.cursor }
}

/**
 * One caseload page by keyset over two groups: the fully shown people in the chosen sort, then the redacted
 * (limited-access) people by CRN whatever the sort, so a redacted row's position reveals nothing about values the
 * actor may not see (security.md AC-5; issue 15 item 9 follow-up, ADR 0009). A cursor is a shown person's id or,
 * in the redacted group, `crn:<CRN>`, opened here and sealed by findCaseload (ADR 0023). A page may span the two groups.
 * @param shown where for the fully shown people (scope, view and filters); @param redacted where for the redacted
 * people (nothing when a filter is set); @returns the page's ids in display order, neighbours and cursors
 */
export async function pickCaseloadPage(shown: Prisma.OffenderWhereInput, redacted: Prisma.OffenderWhereInput, query: TCaseloadQuery): Promise<CaseloadPage> {
  const take = PAGE_SIZE + 1
  const cursor = query.after ?? query.before
  const backwards = !query.after && Boolean(query.before)
  const crn = cursor?.match(REDACTED_CURSOR)?.[1]
  if (crn && backwards) {
    // Back from inside the redacted group: its earlier CRNs, then the shown people from the end of their order.
    const red = await redactedRows(redacted, { crn, backwards: true, take })
    const rest = red.length < take ? (await shownRows(shown, query, { backwards: true, take: take - red.length })).rows : []
    const walked = [...red, ...rest]
    return pageOf(walked, { backwards: true, hasNext: true, hasPrevious: walked.length > PAGE_SIZE })
  }
  if (crn) {
    const red = await redactedRows(redacted, { crn, backwards: false, take })
    return pageOf(red, { backwards: false, hasNext: red.length > PAGE_SIZE, hasPrevious: true })
  }
  if (cursor && backwards) {
    const back = await shownRows(shown, query, { boundaryId: cursor, backwards: true, take })
    if (back.boundaryFound) return pageOf(back.rows, { backwards: true, hasNext: true, hasPrevious: back.rows.length > PAGE_SIZE })
  }
  // Forward from a shown person (or from the top when there is none, or it no longer matches), into the redacted group.
  const fwd = await shownRows(shown, query, { boundaryId: query.after, backwards: false, take })
  const walked = [...fwd.rows, ...(await redactedRows(redacted, { backwards: false, take: take - fwd.rows.length }))]
  return pageOf(walked, { backwards: false, hasNext: walked.length > PAGE_SIZE, hasPrevious: fwd.boundaryFound })
}
