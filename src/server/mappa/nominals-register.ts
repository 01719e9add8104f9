import 'server-only'
import type { Prisma } from '../../generated/prisma/client'
import type { Region } from '../../generated/prisma/enums'
import { londonToday } from '../../lib/dates'
import { recordAudit, recordAuditEach } from '../audit/record-audit'
import { prisma } from '../db'
import { keysetPage, type KeyColumn } from '../paging/keyset'
import { openCursors, sealCursorOf } from '../paging/sealed-cursor'
import { authorize, laoVisible, offenderReadScope, type Actor } from '../policy'
import { areaOf } from './nominals'
import { isReviewOverdue, overdueReviewWhere, reviewMark, ZRegisterQuery, type TRegisterQuery } from './register.schemas'
import { redactedNominal } from './redacted-nominal'

const PAGE = 50
const DAY = 86_400_000
// Next review first; many share a date, so the id breaks ties and the order is total (issue 15 item 8).
const columns: KeyColumn<'nextReviewDate' | 'id'>[] = [
  { key: 'nextReviewDate', dir: 'asc' },
  { key: 'id', dir: 'asc' },
]
const select = {
  id: true,
  level: true,
  category: true,
  nextReviewDate: true,
  leadAgency: { select: { name: true, nameCy: true } },
  offender: { select: { id: true, crn: true, firstName: true, lastName: true, offenderManager: { select: { name: true } } } },
} as const

function filters(actor: Actor, q: TRegisterQuery, today: Date): Prisma.MappaNominalWhereInput[] {
  return [
    q.level ? { level: q.level } : {},
    // A redacted row shows no category, so a category filter lists only people the reader may see: listing it under
    // "category 1" would say its category as plainly (walk 25 O2, ADR 0023).
    q.category ? { category: q.category, offender: laoVisible(actor) } : {},
    q.overdue ? overdueReviewWhere(today) : {},
    q.dueWithin ? { nextReviewDate: { gte: today, lte: new Date(today.getTime() + q.dueWithin * DAY) } } : {},
  ]
}

/**
 * The nominals the register lists for this reader: current (not ended) in their MAPPA area, within their read scope.
 * The overview counts by level and its "N reviews overdue" count over the same rows, so a count and the register its
 * link opens say the same (review of issue 16's change). Input: the actor and their area (areaOf).
 */
export const registerNominalsWhere = (actor: Actor, area: Region): Prisma.MappaNominalWhereInput => ({ area, endedAt: null, offender: offenderReadScope(actor) })

/**
 * The nominals register of the coordinator's area (issue 16 item 4): every current nominal in their scope with
 * category, level, lead agency, offender manager and next review, overdue marked (`isReviewOverdue`), filtered in the
 * query by level, category, overdue or due within N days, next review first, in keyset pages. A Limited Access person
 * the reader may not see is a redacted row carrying nothing that identifies them (no name, CRN, offender manager or
 * lead agency, nor its nominal's id; security.md AC-5, ADR 0023), so the counts still match the overview's. Page
 * cursors (`firstId`, `lastId`) are sealed. Audited: the list, and each person shown.
 * @param input the page's query string (ZRegisterQuery)
 * @throws FORBIDDEN without mappa.manage or a MAPPA area; ZodError with field messages (control characters, days)
 */
export async function findNominalsRegister(actor: Actor, input: unknown) {
  authorize(actor, 'mappa.manage')
  const area = areaOf(actor)
  const q = ZRegisterQuery.parse(openCursors('mappa.register', { ...(input as object) }))
  const today = londonToday()
  const where: Prisma.MappaNominalWhereInput = { AND: [registerNominalsWhere(actor, area), ...filters(actor, q, today)] }
  const cursor = q.after ?? q.before
  // The cursors are sealed (ADR 0023): a redacted row's nominal id would otherwise travel in the page links.
  const boundary = cursor ? await prisma.mappaNominal.findFirst({ where: { AND: [where, { id: cursor }] }, select: { nextReviewDate: true, id: true } }) : null
  const [page, total] = await Promise.all([
    keysetPage({
      columns,
      boundary,
      backwards: Boolean(q.before && !q.after),
      size: PAGE,
      find: ({ after, orderBy, take }) => prisma.mappaNominal.findMany({ where: after ? { AND: [where, after as Prisma.MappaNominalWhereInput] } : where, select, orderBy, take }),
    }),
    prisma.mappaNominal.count({ where }),
  ])
  const visible = new Set((await prisma.offender.findMany({ where: { AND: [{ id: { in: page.rows.map((r) => r.offender.id) } }, laoVisible(actor)] }, select: { id: true } })).map((o) => o.id))
  const rows = page.rows.map((n) => {
    const overdue = isReviewOverdue(n, today)
    const mark = reviewMark(n, today)
    if (visible.has(n.offender.id)) return { id: n.id, restricted: false as const, level: n.level, category: n.category, nextReviewDate: n.nextReviewDate, overdue, mark, leadAgency: n.leadAgency, offender: n.offender }
    return redactedNominal({ level: n.level, nextReviewDate: n.nextReviewDate, overdue, mark })
  })
  await recordAudit(prisma, actor, { action: 'mappa.register.view', subjectType: 'MappaArea', subjectId: area, detail: { level: q.level ?? null, category: q.category ?? null, overdue: q.overdue ?? null, dueWithin: q.dueWithin ?? null, total } })
  await recordAuditEach(prisma, actor, rows.flatMap((r) => (r.offender && r.id ? [{ action: 'mappa.nominal.list' as const, subjectType: 'MappaNominal', subjectId: r.id, offenderId: r.offender.id }] : [])))
  const firstId = sealCursorOf('mappa.register', page.rows[0]?.id)
  const lastId = sealCursorOf('mappa.register', page.rows.at(-1)?.id)
  return { query: q, rows, total, page: q.page, pages: Math.max(1, Math.ceil(total / PAGE)), hasNext: page.hasNext, hasPrevious: page.hasPrevious, firstId, lastId }
}
