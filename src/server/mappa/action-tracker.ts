import 'server-only'
import { personHeading } from '../offenders/person-heading'
import type { MappaActionStatus } from '../../generated/prisma/enums'
import { londonToday } from '../../lib/dates'
import { recordAudit } from '../audit/record-audit'
import { z } from 'zod'
import type { Prisma } from '../../generated/prisma/client'
import { prisma } from '../db'
import { keysetPage, type KeyColumn } from '../paging/keyset'
import { filterQuery } from '../filter-query'
import { keysetParams } from '../paging/keyset.schemas'
import { AppError, notFound } from '../errors'
import { actionUpdatable, authorize, laoVisible, type Actor } from '../policy'
import { actionStatuses, ZUpdateAction } from './mappa.schemas'
import { areaOf } from './nominals'

const OPEN: MappaActionStatus[] = ['OPEN', 'IN_PROGRESS']
const PAGE = 50
const include = {
  offender: { select: personHeading },
  ownerAgency: { select: { name: true, nameCy: true } },
  ownerUser: { select: { name: true } },
  meeting: { select: { id: true, level: true, startsAt: true } },
} as const
const today = londonToday

/** Rows for a person the reader may not see carry the CRN only (limited access applies on top of the MAPPA share). */
async function withRestrictions<T extends { offenderId: string; offender: { id: string; crn: string }; description: string; status: MappaActionStatus; dueDate: Date }>(actor: Actor, rows: T[]) {
  const ids = [...new Set(rows.map((r) => r.offenderId))]
  const open = new Set((await prisma.offender.findMany({ where: { AND: [{ id: { in: ids } }, laoVisible(actor)] }, select: { id: true } })).map((o) => o.id))
  const now = today()
  return rows.map((r) => ({
    ...r,
    restricted: !open.has(r.offenderId),
    ...(open.has(r.offenderId) ? {} : { description: '', offender: { id: r.offender.id, crn: r.offender.crn, firstName: '', lastName: '' } }),
    overdue: OPEN.includes(r.status) && r.dueDate < now,
  }))
}

export type ActionFilter = { status?: string; overdue?: string; page?: string; after?: string; before?: string }

// Soonest due first; many actions share a due date, so the id breaks ties and the order is total (issue 15 item 8).
const columns: KeyColumn<'dueDate' | 'id'>[] = [
  { key: 'dueDate', dir: 'asc' },
  { key: 'id', dir: 'asc' },
]
// The status and overdue links are checked against their lists below; the shared filter schema looks at every field
// of the query string, so control characters in them are refused before they reach the audit detail.
const ZPaging = filterQuery(keysetParams(z.uuid()))

/**
 * The coordinator's tracker: every action of the area's meetings, filtered by status or overdue, soonest due first,
 * in keyset pages (issue 15 item 8) so actions added or sharing a due date are neither repeated nor skipped.
 * @param filter the page's query string: status?, overdue='1'?, after?/before? (an action id), page?
 * @throws ZodError `controlCharacters` on a field holding control characters (the page shows the message)
 */
export async function listAreaActions(actor: Actor, filter: ActionFilter) {
  authorize(actor, 'mappa.manage')
  const area = areaOf(actor)
  const paging = ZPaging.parse(filter)
  const status = (actionStatuses as readonly string[]).includes(filter.status ?? '') ? [filter.status as MappaActionStatus] : undefined
  const where: Prisma.MappaActionWhereInput = {
    meeting: { area },
    ...(filter.overdue === '1' ? { status: { in: OPEN }, dueDate: { lt: today() } } : status ? { status: { in: status } } : {}),
  }
  const cursor = paging.after ?? paging.before
  const boundary = cursor ? await prisma.mappaAction.findFirst({ where: { AND: [where, { id: cursor }] }, select: { dueDate: true, id: true } }) : null
  const [page, total] = await Promise.all([
    keysetPage({
      columns,
      boundary,
      backwards: Boolean(paging.before),
      size: PAGE,
      find: ({ after, orderBy, take }) => prisma.mappaAction.findMany({ where: after ? { AND: [where, after as Prisma.MappaActionWhereInput] } : where, include, orderBy, take }),
    }),
    prisma.mappaAction.count({ where }),
  ])
  await recordAudit(prisma, actor, { action: 'mappa.actions.list', subjectType: 'MappaArea', subjectId: area, detail: { status: filter.status ?? null, overdue: filter.overdue ?? null } })
  const rows = page.rows
  return {
    rows: await withRestrictions(actor, rows),
    total,
    page: paging.page,
    pages: Math.max(1, Math.ceil(total / PAGE)),
    hasNext: page.hasNext,
    hasPrevious: page.hasPrevious,
    firstId: rows[0]?.id,
    lastId: rows.at(-1)?.id,
  }
}

/** The owner's own open actions, for their home page. */
export async function myMappaActions(actor: Actor) {
  const rows = await prisma.mappaAction.findMany({ where: { ownerUserId: actor.userId, status: { in: OPEN } }, include, orderBy: [{ dueDate: 'asc' }, { id: 'asc' }], take: 100 })
  if (rows.length) await recordAudit(prisma, actor, { action: 'mappa.actions.mine', subjectType: 'User', subjectId: actor.userId, detail: { count: rows.length } })
  return withRestrictions(actor, rows)
}

/** The owner (or a coordinator of the area) moves an action on; a cancelled action says why. */
export async function updateMappaAction(actor: Actor, input: unknown) {
  const { actionId, version, status, statusNote } = ZUpdateAction.parse(input)
  return prisma.$transaction(async (tx) => {
    const action = await tx.mappaAction.findFirst({ where: { AND: [{ id: actionId }, actionUpdatable(actor), { offender: laoVisible(actor) }] } })
    if (!action) throw notFound()
    const { count } = await tx.mappaAction.updateMany({ where: { id: actionId, version }, data: { status, statusNote: statusNote ?? null, version: { increment: 1 } } })
    if (!count) throw new AppError('CONFLICT')
    await recordAudit(tx, actor, { action: 'mappa.action.update', subjectType: 'MappaAction', subjectId: actionId, offenderId: action.offenderId, detail: { from: action.status, to: status } })
    return { id: actionId, offenderId: action.offenderId }
  })
}
