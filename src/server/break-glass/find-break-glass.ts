import 'server-only'
import type { Prisma } from '../../generated/prisma/client'
import { londonMidnight } from '../../lib/dates'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { keysetPage, type KeyColumn } from '../paging/keyset'
import { openCursors, sealCursorOf } from '../paging/sealed-cursor'
import { authorize, laoVisible, offenderVisible, type Actor } from '../policy'
import { answerableFor } from './answerable-openings'
import { activityDuringOpenings } from './opening-activity'
import { ZBreakGlassQuery } from './break-glass.schemas'
import { redactedOpening } from './redacted-opening'

export const BREAK_GLASS_PAGE_SIZE = 50

// Newest first; the unique id breaks ties (style.md "Paging").
const columns: KeyColumn<'from' | 'id'>[] = [
  { key: 'from', dir: 'desc' },
  { key: 'id', dir: 'desc' },
]

/**
 * The people of a page the reviewer may be told of (Limited Access applies to every reviewer, security.md AC-5), by
 * id, each with whether the reviewer may open their record (`opens`); everyone else stays unnamed.
 */
async function namedPeople(actor: Actor, ids: string[]) {
  const select = { id: true, crn: true, firstName: true, lastName: true } as const
  const [named, openable] = await Promise.all([
    prisma.offender.findMany({ where: { AND: [{ id: { in: ids } }, laoVisible(actor)] }, select }),
    prisma.offender.findMany({ where: { AND: [{ id: { in: ids } }, offenderVisible(actor)] }, select: { id: true } }),
  ])
  const opens = new Set(openable.map((r) => r.id))
  return new Map(named.map((r) => [r.id, { ...r, opens: opens.has(r.id) }]))
}

/**
 * The break-glass openings a reviewer answers for (issue 17; `breakGlass.review`; see `answerableFor`: the data
 * protection lead every one, a senior their own staff's and their own people's). Filter: the London days the access
 * began between. Each row names who broke glass, when and until when, the person (CRN and name) and the reason, and
 * `person.opens` says whether the reviewer may open the record; a person Limited Access keeps from the reviewer is
 * left out with the reason, which may describe them (shown "access restricted", security.md AC-5), and then the
 * row's id is null too; page cursors are sealed (ADR 0023). A named row carries `activity`, what the opener did with
 * the record while the access lasted (audit actions and counts, walk 51 F8); a restricted row none. Viewing is audited.
 * @param input { from?, to? (YYYY-MM-DD), after?, before?, page? } (ZBreakGlassQuery)
 * @throws FORBIDDEN without `breakGlass.review`; ZodError naming a bad date filter
 */
export async function findBreakGlass(actor: Actor, input: unknown) {
  authorize(actor, 'breakGlass.review')
  // Its rows about people the viewer may not see are "access restricted": the cursors are sealed (ADR 0023).
  const query = ZBreakGlassQuery.parse(input !== null && typeof input === 'object' ? openCursors('breakGlass', input as Record<string, unknown>) : input)
  const answerable = answerableFor(actor)
  const where: Prisma.BreakGlassAccessWhereInput = {
    from: { ...(query.from ? { gte: londonMidnight(query.from) } : {}), ...(query.to ? { lt: londonMidnight(query.to, 1) } : {}) },
    ...(answerable ? { AND: [answerable] } : {}),
  }
  const cursor = query.after ?? query.before
  const boundary = cursor ? await prisma.breakGlassAccess.findFirst({ where: { AND: [where, { id: cursor }] }, select: { from: true, id: true } }) : null
  const select = { id: true, from: true, until: true, reason: true, offenderId: true, userId: true, user: { select: { name: true, agency: { select: { name: true, nameCy: true } } } } } as const
  const [total, page] = await Promise.all([
    prisma.breakGlassAccess.count({ where }),
    keysetPage({
      columns,
      boundary,
      backwards: query.before !== undefined,
      size: BREAK_GLASS_PAGE_SIZE,
      find: ({ after, orderBy, take }) => prisma.breakGlassAccess.findMany({ where: after ? { AND: [where, after as Prisma.BreakGlassAccessWhereInput] } : where, orderBy, take, select }),
    }),
  ])
  const [people, activity] = await Promise.all([namedPeople(actor, [...new Set(page.rows.map((r) => r.offenderId))]), activityDuringOpenings(page.rows)])
  await recordAudit(prisma, actor, { action: 'breakGlass.review', subjectType: 'BreakGlassAccess', detail: { from: query.from ?? null, to: query.to ?? null } })
  return {
    query,
    reviewsAll: answerable === null,
    total,
    pages: Math.max(1, Math.ceil(total / BREAK_GLASS_PAGE_SIZE)),
    hasNext: page.hasNext,
    hasPrevious: page.hasPrevious,
    firstId: sealCursorOf('breakGlass', page.rows[0]?.id),
    lastId: sealCursorOf('breakGlass', page.rows.at(-1)?.id),
    // A row about someone Limited Access keeps from the viewer carries neither the reason nor the opening's id (issue 17
    // walk-through D1), built from an allow-list (item 3).
    rows: page.rows.map(({ offenderId, userId: _u, ...r }) => {
      const person = people.get(offenderId)
      return person ? { ...r, restricted: false as const, person, activity: activity.get(r.id) ?? [] } : redactedOpening(r)
    }),
  }
}
