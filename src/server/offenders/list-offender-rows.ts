import 'server-only'
import type { Prisma } from '../../generated/prisma/client'
import { recordAudit, type AuditEntry } from '../audit/record-audit'
import { prisma } from '../db'
import type { Actor } from '../policy'
import { toOffenderRow } from './offender.select'
import { offenderRowData } from './offender-row-query'
import { PAGE_SIZE } from './offender.schemas'

/**
 * One page of people as list rows (caseload, search): the caller's `where` must already hold the scope, and
 * `pickIds` chooses the page's ids in display order from it; `count`, when given, is how many people `where` holds,
 * known from the pick itself (search ranks every match), else a count query runs beside the pick.
 * Counts and rows come from the same `where`, so a redacted person is counted exactly as they are listed.
 */
export async function listOffenderRows(
  actor: Actor,
  q: { where: Prisma.OffenderWhereInput; pickIds: () => Promise<string[]>; count?: () => Promise<number>; audit: (total: number) => AuditEntry },
) {
  const now = new Date()
  // Two steps: pick the page's ids (sort and limit on the table alone), then load the row details for those
  // ids only. Loading details in the first query made PostgreSQL compute them for every row in the caseload
  // before the limit (npm run bench: 630 ms instead of a few ms for a 4,000-person caseload). The details are one
  // SQL query, and the audit row is written beside it: three round trips where Prisma's nested reads and grouped
  // counts took about twelve (issue 18 item 1). The ids come from `where`, so the details need not filter again;
  // redaction is decided from the restriction rows read with the details, so it is as fresh as they are.
  // Each second step starts as soon as its input is known: the audit row (which records the total) once the count
  // is in, the details once the ids are, so neither waits for the slower of the first two queries.
  const counting = q.count ? q.count() : prisma.offender.count({ where: q.where })
  const picking = q.pickIds()
  const [total, ids, details] = await Promise.all([
    counting,
    picking,
    picking.then((picked) => offenderRowData(prisma, actor, picked, now)),
    counting.then((counted) => recordAudit(prisma, actor, q.audit(counted))),
  ])
  const byId = new Map(details.map((d) => [d.id, d]))
  const rows = ids.flatMap((id) => byId.get(id) ?? [])
  return { total, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)), rows: rows.map((r) => toOffenderRow(actor, r)) }
}
