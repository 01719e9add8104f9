import { z } from 'zod'
import { filterQuery } from '../filter-query'
import { keysetParams } from '../paging/keyset.schemas'
import { blank, searchText } from '../zod-fields'
import { wholeNumberIn } from '../zod-numbers'

export const PAGE_SIZE = 25

export const caseloadViews = ['mine', 'team', 'ldu', 'unallocated'] as const
export const sentenceTypes = ['COMMUNITY_ORDER', 'SUSPENDED_SENTENCE_ORDER', 'LICENCE', 'POST_SENTENCE_SUPERVISION', 'CUSTODY'] as const
export const roshLevels = ['LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH'] as const
/** What the caseload can be sorted by (issue 15 item 9); each is done in the query (caseload-keyset.ts). */
export const caseloadSorts = ['name', 'crn', 'tier', 'rosh', 'nextAppointment', 'lastContact', 'overdue'] as const

/** A caseload cursor inside the redacted group, once opened: the CRN, the redacted group's order (caseload-page.ts). */
export const REDACTED_CURSOR = /^crn:([A-Z0-9]{1,7})$/
/** An opened caseload cursor: a shown person's id, or `crn:<CRN>` in the redacted group. */
export const ZOpenedCaseloadCursor = z.union([z.uuid(), z.string().regex(REDACTED_CURSOR)])
/** A caseload cursor as it travels in a link: sealed (paging/sealed-cursor.ts), opened by findCaseload. */
const caseloadCursor = z.string().max(400)

const caseloadShape = {
  view: z.enum(caseloadViews).default('mine'),
  sentenceType: z.preprocess(blank, z.enum(sentenceTypes).optional()),
  rosh: z.preprocess(blank, z.enum(roshLevels).optional()),
  overdue: z.preprocess(blank, z.literal('yes').optional()),
  sort: z.enum(caseloadSorts).default('name'),
  dir: z.enum(['asc', 'desc']).default('asc'),
  /**
   * Keyset paging: the person the page starts after (next) or ends before (previous), sealed: inside, a fully shown
   * person's id, or `crn:<CRN>` in the redacted group at the end; no link shows either (issue 17 defect 6, ADR 0023).
   */
  after: z.preprocess(blank, caseloadCursor.optional()),
  before: z.preprocess(blank, caseloadCursor.optional()),
  /** Shown as "page n of m" only; the rows come from the keyset. Plain figures only (re-break 52b F4: "1e3" was 1000). */
  page: wholeNumberIn(1, 10_000).default(1),
}
export const ZCaseloadQuery = z.object(caseloadShape)
export type TCaseloadQuery = z.infer<typeof ZCaseloadQuery>
/**
 * The caseload as the home page's address gives it: the same fields, read as every list's filters are (filterQuery),
 * so a filter given twice is named as such and a control character is told, not taken for a wrong choice (re-break
 * 52 F4).
 */
export const ZCaseloadAddress = filterQuery(caseloadShape)

/** What a saved view keeps: the filters and sort, not the page. */
export const ZCaseloadView = ZCaseloadQuery.omit({ page: true, after: true, before: true })

export const ZSearchQuery = filterQuery({
  q: searchText().min(2).max(100),
  /** Keyset paging over the ranked results (issue 15 item 8): the person the page starts after or ends before. */
  ...keysetParams(z.uuid()),
})
export type TSearchQuery = z.infer<typeof ZSearchQuery>

export const ZOffenderId = z.uuid()
