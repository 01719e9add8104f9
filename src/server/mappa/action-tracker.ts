import 'server-only'
import { parseAsDrawn } from '../as-drawn'
import { personHeading } from '../offenders/person-heading'
import type { MappaActionStatus } from '../../generated/prisma/enums'
import { londonToday } from '../../lib/dates'
import { recordAudit } from '../audit/record-audit'
import type { Prisma } from '../../generated/prisma/client'
import { prisma, type Tx } from '../db'
import { AppError, notFound } from '../errors'
import { actionUpdatable, actionsOwnedBy, authorize, laoVisible, minutesOwnedActions, type Actor } from '../policy'
import { ZUpdateAction } from './mappa.schemas'
import { openCursors, sealCursorOf } from '../paging/sealed-cursor'
import { areaOf } from './nominals'
import { pickTrackedActions } from './tracked-actions'
import { loadTrackedRows } from './tracked-rows'
import { redactedAction } from './redacted-actions'
import { ZTrackerQuery, type TTrackerQuery } from './tracker.schemas'

const OPEN: MappaActionStatus[] = ['OPEN', 'IN_PROGRESS']
const PAGE = 50
const include = {
  offender: { select: personHeading },
  ownerAgency: { select: { name: true, nameCy: true } },
  ownerUser: { select: { name: true } },
  meeting: { select: { id: true, level: true, startsAt: true } },
} as const
const today = londonToday

type ActionRow = { id: string; offenderId: string; offender: { id: string; crn: string; firstName: string; lastName: string }; description: string; status: MappaActionStatus; statusNote: string | null; version: number; dueDate: Date; ownerAgency: { name: string; nameCy: string | null }; ownerUser: { name: string } | null; meeting: { id: string; level: number; startsAt: Date } }

/**
 * Rows for a person the reader may not see carry nothing that identifies them: no name, CRN or id (limited access
 * applies on top of the MAPPA share; issue 17 defect 6), nor any record id of theirs — the action's, its agenda
 * item's — nor its description or note (issue 17 walk-through D1, ADR 0023). A redacted row is built from an allow-list
 * (redactedAction), so a column added to the action later does not reach it. Output: the rows, each with `restricted` and `overdue`.
 */
async function withRestrictions<T extends ActionRow>(actor: Actor, rows: T[]) {
  const ids = [...new Set(rows.map((r) => r.offenderId))]
  // No rows, no question to ask the database (issue 18 item 3: a query per home page for nothing).
  const open = new Set(ids.length ? (await prisma.offender.findMany({ where: { AND: [{ id: { in: ids } }, laoVisible(actor)] }, select: { id: true } })).map((o) => o.id) : [])
  const now = today()
  return rows.map((r) => {
    const overdue = OPEN.includes(r.status) && r.dueDate < now
    if (open.has(r.offenderId)) return { ...r, restricted: false as const, overdue }
    return redactedAction(r, overdue)
  })
}

export type ActionFilter = Partial<Record<'status' | 'overdue' | 'agency' | 'owner' | 'source' | 'dueWithin' | 'dueFrom' | 'dueTo' | 'sort' | 'dir' | 'page' | 'after' | 'before', string | string[]>>

/** What a filter was, for the audit detail: the filters and sort only, never paging. */
const filterDetail = (q: TTrackerQuery) => ({
  status: q.status ?? null, overdue: q.overdue ?? null, agency: q.agency ?? null, owner: q.owner ?? null,
  source: q.source ? `${q.source.kind}:${q.source.id}` : null, dueWithin: q.dueWithin ?? null, dueFrom: q.dueFrom ?? null, dueTo: q.dueTo ?? null, sort: q.sort ?? 'due', dir: q.dir ?? 'asc',
})

/**
 * The coordinator's tracker (issue 16 item 6): every action of the area's meetings and serious case reviews (item 5),
 * filtered by status, overdue, due within N days or a due range, owner agency, owner, meeting or review; sorted by due
 * date, agency, owner or status; in keyset pages (issue 15 item 8) so actions added or sharing a key are neither
 * repeated nor skipped (cursors sealed). Limited Access people appear as redacted rows (tracked-rows.ts). The read is audited.
 * @param filter the page's query string (ZTrackerQuery); @param opts.cy sort names as the Welsh reader sees them
 * @throws FORBIDDEN without mappa.manage or a MAPPA area; ZodError with field messages (control characters, days, dates)
 */
export async function listAreaActions(actor: Actor, filter: ActionFilter, opts: { cy?: boolean } = {}) {
  authorize(actor, 'mappa.manage')
  const area = areaOf(actor)
  // The page cursors are sealed (ADR 0023), as every list that can hold a redacted row.
  const q = ZTrackerQuery.parse(openCursors('mappa.tracker', filter))
  const picked = await pickTrackedActions(area, q, { cy: Boolean(opts.cy), take: PAGE })
  await recordAudit(prisma, actor, { action: 'mappa.actions.list', subjectType: 'MappaArea', subjectId: area, detail: filterDetail(q) })
  const rows = await loadTrackedRows(actor, area, picked.refs)
  return {
    query: q,
    rows,
    total: picked.total,
    page: q.page,
    pages: Math.max(1, Math.ceil(picked.total / PAGE)),
    hasNext: picked.hasNext,
    hasPrevious: picked.hasPrevious,
    // From the picked ids, not the rows: a redacted row has none, and its sealed cursor opens only here (ADR 0023).
    firstId: sealCursorOf('mappa.tracker', picked.refs[0]?.id),
    lastId: sealCursorOf('mappa.tracker', picked.refs.at(-1)?.id),
  }
}

/** The most rows one download holds; a bigger area narrows the filter first. */
export const EXPORT_LIMIT = 5000

/**
 * The tracker as a download (issue 16 item 6): the same filters, sort and scope as the page, every matching row up to
 * EXPORT_LIMIT, Limited Access people by nothing that identifies them (ADR 0023). Audited as a disclosure (security.md LG-1) with the filter and count.
 * @throws as listAreaActions
 */
export async function exportAreaActions(actor: Actor, filter: ActionFilter, opts: { cy?: boolean } = {}) {
  authorize(actor, 'mappa.manage')
  const area = areaOf(actor)
  const q = { ...ZTrackerQuery.parse(filter), after: undefined, before: undefined }
  const picked = await pickTrackedActions(area, q, { cy: Boolean(opts.cy), take: EXPORT_LIMIT })
  const rows = await loadTrackedRows(actor, area, picked.refs)
  await recordAudit(prisma, actor, { action: 'mappa.actions.export', subjectType: 'MappaArea', subjectId: area, detail: { ...filterDetail(q), rows: rows.length, total: picked.total } })
  return { rows, total: picked.total }
}

/**
 * The owner's own open actions, for their home page; each row the reader may see says whether its meeting's approved
 * minutes are open to them (`minutesReadable`), by the rule getMinutes lets an action's owner in by
 * (minutesOwnedActions: approved, about someone they may see), so the row links them even if they did not attend (walk
 * 25, D2). A redacted row never does. Output: rows as withRestrictions gives them.
 */
export async function myMappaActions(actor: Actor) {
  const where = { AND: [actionsOwnedBy(actor), { status: { in: OPEN } }] }
  // Most people who open a home page own no MAPPA action, and Prisma asks for an include's relations even when no
  // row came back (four queries): a bare probe first (issue 18 item 3).
  const rows = (await prisma.mappaAction.findFirst({ where, select: { id: true } })) ? await prisma.mappaAction.findMany({ where, include, orderBy: [{ dueDate: 'asc' }, { id: 'asc' }], take: 100 }) : []
  if (rows.length) await recordAudit(prisma, actor, { action: 'mappa.actions.mine', subjectType: 'User', subjectId: actor.userId, detail: { count: rows.length } })
  const readable = new Set(rows.length ? (await prisma.mappaAction.findMany({ where: { AND: [{ id: { in: rows.map((r) => r.id) } }, minutesOwnedActions(actor)] }, select: { id: true } })).map((a) => a.id) : [])
  return (await withRestrictions(actor, rows)).map((r) => (r.restricted ? r : { ...r, minutesReadable: readable.has(r.id) }))
}

// An action the actor may move on, at the version the form was drawn from; the version moves on with `data`.
async function claimAction(tx: Tx, actor: Actor, actionId: string, version: number, data: Prisma.MappaActionUpdateManyMutationInput) {
  const action = await tx.mappaAction.findFirst({ where: { AND: [{ id: actionId }, actionUpdatable(actor), { offender: laoVisible(actor) }] } })
  if (!action) throw notFound()
  const { count } = await tx.mappaAction.updateMany({ where: { id: actionId, version }, data: { ...data, version: { increment: 1 } } })
  if (!count) throw new AppError('CONFLICT')
  return action
}

/** The owner (or a coordinator of the area) moves an action on; a cancelled action says why. */
export async function updateMappaAction(actor: Actor, input: unknown) {
  const { actionId, version, status, statusNote } = await parseAsDrawn(ZUpdateAction, input, { id: 'actionId', check: (tx, id, v) => claimAction(tx, actor, id, v, {}) })
  return prisma.$transaction(async (tx) => {
    const action = await claimAction(tx, actor, actionId, version, { status, statusNote: statusNote ?? null })
    await recordAudit(tx, actor, { action: 'mappa.action.update', subjectType: 'MappaAction', subjectId: actionId, offenderId: action.offenderId, detail: { from: action.status, to: status } })
    return { id: actionId, offenderId: action.offenderId }
  })
}
