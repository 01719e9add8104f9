import 'server-only'
import type { Prisma } from '../../generated/prisma/client'
import { prisma } from '../db'
import { PAGE_SIZE, roshLevels, type TCaseloadQuery } from './offender.schemas'

type Dir = 'asc' | 'desc'
type Column = { key: 'lastName' | 'firstName' | 'crn' | 'rosh'; dir: Dir }
type Rosh = (typeof roshLevels)[number]
type Boundary = { lastName: string; firstName: string; crn: string; rosh: Rosh | null }

/** Every sort ends on CRN (unique), so the order is total and a boundary row names exactly one position. */
const sortColumns: Record<TCaseloadQuery['sort'], (dir: Dir) => Column[]> = {
  name: (dir) => [{ key: 'lastName', dir }, { key: 'firstName', dir }, { key: 'crn', dir: 'asc' }],
  crn: (dir) => [{ key: 'crn', dir }],
  rosh: (dir) => [{ key: 'rosh', dir }, { key: 'lastName', dir: 'asc' }, { key: 'crn', dir: 'asc' }],
}

const flip = (d: Dir): Dir => (d === 'asc' ? 'desc' : 'asc')
const none: Prisma.OffenderWhereInput = { id: { in: [] } }
const roshIn = (levels: readonly Rosh[]): Prisma.OffenderWhereInput => ({ riskProfile: { is: { overallRosh: { in: [...levels] } } } })
const noRosh: Prisma.OffenderWhereInput = { riskProfile: { is: null } }

function equal(c: Column, b: Boundary): Prisma.OffenderWhereInput {
  if (c.key !== 'rosh') return { [c.key]: b[c.key] }
  return b.rosh === null ? noRosh : { riskProfile: { is: { overallRosh: b.rosh } } }
}

/** Strictly after the boundary in this column. PostgreSQL sorts a missing RoSH last going up, first going down. */
function after(c: Column, b: Boundary): Prisma.OffenderWhereInput {
  if (c.key !== 'rosh') return { [c.key]: c.dir === 'asc' ? { gt: b[c.key] } : { lt: b[c.key] } }
  if (b.rosh === null) return c.dir === 'asc' ? none : roshIn(roshLevels)
  const rank = roshLevels.indexOf(b.rosh)
  return c.dir === 'asc' ? { OR: [roshIn(roshLevels.slice(rank + 1)), noRosh] } : roshIn(roshLevels.slice(0, rank))
}

/** (c1, c2, c3) > (b1, b2, b3) with a direction per column: c1 after, or c1 equal and c2 after, and so on. */
const afterBoundary = (columns: Column[], b: Boundary): Prisma.OffenderWhereInput => ({
  OR: columns.map((c, i) => ({ AND: [...columns.slice(0, i).map((p) => equal(p, b)), after(c, b)] })),
})

const orderByOf = (columns: Column[]): Prisma.OffenderOrderByWithRelationInput[] =>
  columns.map((c) => (c.key === 'rosh' ? { riskProfile: { overallRosh: c.dir } } : { [c.key]: c.dir }))

export type KeysetPage = { ids: string[]; hasNext: boolean; hasPrevious: boolean }

/**
 * The ids of one caseload page by keyset: the page after (or before) a boundary person, found by their id and
 * only inside `where`, so a cursor never reaches past the actor's scope. Deep pages cost what the first does,
 * and a person added or moved meanwhile does not shift the page by one as an offset would.
 */
export async function pickCaseloadPage(where: Prisma.OffenderWhereInput, query: Pick<TCaseloadQuery, 'sort' | 'dir' | 'after' | 'before'>): Promise<KeysetPage> {
  const cursorId = query.after ?? query.before
  const boundaryRow = cursorId
    ? await prisma.offender.findFirst({ where: { AND: [where, { id: cursorId }] }, select: { lastName: true, firstName: true, crn: true, riskProfile: { select: { overallRosh: true } } } })
    : null
  const backwards = Boolean(boundaryRow && query.before)
  const forward = sortColumns[query.sort](query.dir)
  const columns = backwards ? forward.map((c) => ({ ...c, dir: flip(c.dir) })) : forward
  const boundary = boundaryRow && { ...boundaryRow, rosh: boundaryRow.riskProfile?.overallRosh ?? null }
  const rows = await prisma.offender.findMany({
    where: boundary ? { AND: [where, afterBoundary(columns, boundary)] } : where,
    select: { id: true },
    orderBy: orderByOf(columns),
    take: PAGE_SIZE + 1,
  })
  const more = rows.length > PAGE_SIZE
  const ids = rows.slice(0, PAGE_SIZE).map((r) => r.id)
  if (backwards) return { ids: ids.reverse(), hasNext: true, hasPrevious: more }
  return { ids, hasNext: more, hasPrevious: Boolean(boundary) }
}
