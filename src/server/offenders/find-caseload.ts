import 'server-only'
import type { Prisma } from '../../generated/prisma/client'
import { prisma } from '../db'
import { authorize, can, laoVisible, nothing, offenderReadScope, type Actor } from '../policy'
import { findCaseloadInOneQuery, oneQueryAnswers } from './caseload-one-query'
import { pickCaseloadPage } from './caseload-page'
import { listOffenderRows } from './list-offender-rows'
import { openCursor, sealCursorOf } from '../paging/sealed-cursor'
import { PAGE_SIZE, ZCaseloadQuery, ZOpenedCaseloadCursor, type TCaseloadQuery } from './offender.schemas'
import { overdueAppointment, overdueReview, toOffenderRow } from './offender.select'

const isProbation = (a: Actor) => a.roles.some((r) => r === 'PROBATION_OFFICER' || r === 'SENIOR_PROBATION_OFFICER')

/**
 * The caseload a user sees before choosing or saving one: a senior probation officer (who holds few or no cases
 * themselves) their team's, everyone else their own (issue 15 item 9).
 */
export function defaultCaseloadView(actor: Actor): TCaseloadQuery['view'] {
  return actor.roles.includes('SENIOR_PROBATION_OFFICER') && actor.teamId && can(actor, 'caseload.viewTeam') ? 'team' : 'mine'
}

function viewFilter(actor: Actor, view: TCaseloadQuery['view']): Prisma.OffenderWhereInput {
  const none = { id: { in: [] } }
  switch (view) {
    case 'team':
      authorize(actor, 'caseload.viewTeam')
      return actor.teamId ? { teamId: actor.teamId } : none
    case 'ldu':
      authorize(actor, 'caseload.viewLdu')
      return actor.lduId ? { lduId: actor.lduId } : none
    case 'unallocated':
      authorize(actor, 'caseload.viewLdu')
      return actor.lduId ? { lduId: actor.lduId, offenderManagerId: null } : none
    default:
      // Offender managers see their allocation; police and MAPPA roles their whole scope (cohort / nominals).
      return isProbation(actor) ? { offenderManagerId: actor.userId } : {}
  }
}

/** Filters from the caseload form; "overdue" means an outcome not recorded or a registration review missed. */
function filters(q: TCaseloadQuery, now: Date): Prisma.OffenderWhereInput[] {
  const out: Prisma.OffenderWhereInput[] = []
  if (q.sentenceType) out.push({ sentences: { some: { status: 'ACTIVE', type: q.sentenceType } } })
  if (q.rosh) out.push({ riskProfile: { overallRosh: q.rosh } })
  if (q.overdue) out.push({ OR: [{ contacts: { some: overdueAppointment(now) } }, { riskFlags: { some: overdueReview(now) } }] })
  return out
}

/**
 * The home caseload: always inside the actor's read scope. Limited-access people come back as redacted rows in
 * their own group at the end, by CRN, and only when nothing narrows the list: any filter, and the "unallocated"
 * view (their allocation is theirs too), leaves them out, so neither presence nor position reveals a hidden value
 * (security.md AC-5). Page links carry `firstCursor` / `lastCursor`, sealed (paging/sealed-cursor.ts, ADR 0023).
 * The usual page (by name or CRN, forward, with or without filters) is read by two statements sent together, the page with its
 * rows and the count with its audit row (caseload-one-query.ts); other pages by the general path below.
 * @param input ZCaseloadQuery; throws FORBIDDEN without caseload.view (or the view's own permission)
 */
export const findCaseload = (actor: Actor, input: unknown) => caseload(actor, input, { oneQuery: true })

/**
 * findCaseload always by the general path (pickCaseloadPage, then the rows and the audit beside it), never in one
 * query: for the tests and the bench that compare the two paths page by page. The same rules and audit.
 */
export const findCaseloadByGeneralPath = (actor: Actor, input: unknown) => caseload(actor, input, { oneQuery: false })

/**
 * The query with its cursors opened (issue 17 defect 6, ADR 0023): one that does not open, or opens to something
 * that is neither a shown person's id nor `crn:<CRN>`, is no cursor (the first page). `sealed` is the query as asked.
 */
function openedQuery(sealed: TCaseloadQuery): { query: TCaseloadQuery; sealed: TCaseloadQuery } {
  const open = (token: string | undefined) => ZOpenedCaseloadCursor.optional().catch(undefined).parse(openCursor('caseload', token))
  return { query: { ...sealed, after: open(sealed.after), before: open(sealed.before) }, sealed }
}

/** The page's neighbours, with its first and last cursors sealed for the links. */
const sealedPaging = (p: { firstCursor?: string; lastCursor?: string; hasNext: boolean; hasPrevious: boolean }) => ({
  hasNext: p.hasNext,
  hasPrevious: p.hasPrevious,
  firstCursor: sealCursorOf('caseload', p.firstCursor),
  lastCursor: sealCursorOf('caseload', p.lastCursor),
})

async function caseload(actor: Actor, input: unknown, how: { oneQuery: boolean }) {
  authorize(actor, 'caseload.view')
  const { query, sealed } = openedQuery(ZCaseloadQuery.parse(input))
  const narrowed = filters(query, new Date())
  const listed: Prisma.OffenderWhereInput = { AND: [offenderReadScope(actor), viewFilter(actor, query.view)] }
  if (how.oneQuery && oneQueryAnswers(query)) {
    // The usual page (by name or CRN, forward, filtered or not): one round trip, audit included (issue 18 items 1, 4).
    const { total, rows, ...paging } = await findCaseloadInOneQuery(actor, query)
    return { query: sealed, total, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)), rows: rows.map((r) => toOffenderRow(actor, r)), ...sealedPaging(paging) }
  }
  const shown: Prisma.OffenderWhereInput = { AND: [listed, laoVisible(actor), ...narrowed] }
  const redacted: Prisma.OffenderWhereInput = narrowed.length || query.view === 'unallocated' ? nothing : { AND: [listed, { NOT: laoVisible(actor) }] }
  const keysetPage = pickCaseloadPage(shown, redacted, query)
  // When the redacted group is listed, shown and redacted together are exactly `listed`: counting that needs no
  // Limited Access check per person, and the caseload index answers it alone (issue 18 item 1).
  const counted = redacted === nothing ? shown : listed
  const page = await listOffenderRows(actor, {
    where: { OR: [shown, redacted] },
    pickIds: async () => (await keysetPage).ids,
    count: () => prisma.offender.count({ where: counted }),
    audit: (total) => ({ action: 'caseload.view', subjectType: 'Caseload', detail: { view: query.view, page: query.page, total } }),
  })
  return { query: sealed, ...page, ...sealedPaging(await keysetPage) }
}
