import 'server-only'
import type { Prisma } from '../../generated/prisma/client'
import { prisma } from '../db'
import { roshLevels, type TCaseloadQuery } from './offender.schemas'

type Dir = 'asc' | 'desc'
type Rosh = (typeof roshLevels)[number]
/** Derived keys, from the OffenderCaseloadKeys view (computed as of now, in the query). */
type KeyColumn = 'tierRank' | 'nextAppointmentAt' | 'lastContactAt' | 'overdueItems'
type Column = { key: 'lastName' | 'firstName' | 'crn' | 'rosh' | KeyColumn; dir: Dir }
type Boundary = { lastName: string; firstName: string; crn: string; rosh: Rosh | null; tierRank: number; nextAppointmentAt: Date | null; lastContactAt: Date | null; overdueItems: number }

const keyColumns: readonly string[] = ['tierRank', 'nextAppointmentAt', 'lastContactAt', 'overdueItems'] satisfies KeyColumn[]
const isKey = (key: Column['key']): key is KeyColumn => keyColumns.includes(key)
/** Then by name, then CRN (unique): the order is total, so a boundary row names exactly one position. */
const thenByName: Column[] = [{ key: 'lastName', dir: 'asc' }, { key: 'crn', dir: 'asc' }]
const sortColumns: Record<TCaseloadQuery['sort'], (dir: Dir) => Column[]> = {
  name: (dir) => [{ key: 'lastName', dir }, { key: 'firstName', dir }, { key: 'crn', dir: 'asc' }],
  crn: (dir) => [{ key: 'crn', dir }],
  rosh: (dir) => [{ key: 'rosh', dir }, ...thenByName],
  tier: (dir) => [{ key: 'tierRank', dir }, ...thenByName],
  nextAppointment: (dir) => [{ key: 'nextAppointmentAt', dir }, ...thenByName],
  lastContact: (dir) => [{ key: 'lastContactAt', dir }, ...thenByName],
  overdue: (dir) => [{ key: 'overdueItems', dir }, ...thenByName],
}

const flip = (d: Dir): Dir => (d === 'asc' ? 'desc' : 'asc')
const none: Prisma.OffenderWhereInput = { id: { in: [] } }
const roshIn = (levels: readonly Rosh[]): Prisma.OffenderWhereInput => ({ riskProfile: { is: { overallRosh: { in: [...levels] } } } })
const noRosh: Prisma.OffenderWhereInput = { riskProfile: { is: null } }
const keyWhere = (where: Prisma.OffenderCaseloadKeysWhereInput): Prisma.OffenderWhereInput => ({ caseloadKeys: { is: where } })

function equal(c: Column, b: Boundary): Prisma.OffenderWhereInput {
  if (isKey(c.key)) return keyWhere({ [c.key]: b[c.key] })
  if (c.key !== 'rosh') return { [c.key]: b[c.key] }
  return b.rosh === null ? noRosh : { riskProfile: { is: { overallRosh: b.rosh } } }
}

/** Strictly after the boundary in this column. PostgreSQL sorts a missing value last going up, first going down. */
function after(c: Column, b: Boundary): Prisma.OffenderWhereInput {
  const up = c.dir === 'asc'
  if (isKey(c.key)) {
    const value = b[c.key]
    const nullable = c.key === 'nextAppointmentAt' || c.key === 'lastContactAt'
    if (value === null) return up ? none : keyWhere({ [c.key]: { not: null } })
    if (up) return nullable ? { OR: [keyWhere({ [c.key]: { gt: value } }), keyWhere({ [c.key]: null })] } : keyWhere({ [c.key]: { gt: value } })
    return keyWhere({ [c.key]: { lt: value } })
  }
  if (c.key !== 'rosh') return { [c.key]: up ? { gt: b[c.key] } : { lt: b[c.key] } }
  if (b.rosh === null) return up ? none : roshIn(roshLevels)
  const rank = roshLevels.indexOf(b.rosh)
  return up ? { OR: [roshIn(roshLevels.slice(rank + 1)), noRosh] } : roshIn(roshLevels.slice(0, rank))
}

/**
 * Not before the boundary in the first column, when that is a person's own column (never null): implied by
 * afterBoundary, but PostgreSQL can start an index walk there, where it must otherwise walk past every earlier person
 * to reach a deep page (issue 18 item 1).
 */
function fromBoundary(c: Column, b: Boundary): Prisma.OffenderWhereInput[] {
  if (c.key !== 'lastName' && c.key !== 'crn') return []
  return [{ [c.key]: c.dir === 'asc' ? { gte: b[c.key] } : { lte: b[c.key] } }]
}

/** (c1, c2, c3) > (b1, b2, b3) with a direction per column: c1 after, or c1 equal and c2 after, and so on. */
const afterBoundary = (columns: Column[], b: Boundary): Prisma.OffenderWhereInput => ({
  AND: [...fromBoundary(columns[0]!, b), { OR: columns.map((c, i) => ({ AND: [...columns.slice(0, i).map((p) => equal(p, b)), after(c, b)] })) }],
})

const orderByOf = (columns: Column[]): Prisma.OffenderOrderByWithRelationInput[] =>
  columns.map((c) => (c.key === 'rosh' ? { riskProfile: { overallRosh: c.dir } } : isKey(c.key) ? { caseloadKeys: { [c.key]: c.dir } } : { [c.key]: c.dir }))

/**
 * The boundary person's sort values, reading the RoSH and the derived keys only when the sort uses them: each is a
 * query of its own (the derived keys a view computed for that person), so a name or CRN sort reads one row
 * (issue 18 item 1).
 */
function boundarySelect(columns: Column[]) {
  const usesRosh = columns.some((c) => c.key === 'rosh')
  const usesKeys = columns.some((c) => isKey(c.key))
  return {
    lastName: true,
    firstName: true,
    crn: true,
    riskProfile: usesRosh ? { select: { overallRosh: true } } : false,
    caseloadKeys: usesKeys ? { select: { tierRank: true, nextAppointmentAt: true, lastContactAt: true, overdueItems: true } } : false,
  } as const
}

/**
 * The ids of the fully shown people (issue 15 item 9), in walking order, strictly after (or, going back, strictly
 * before) the boundary person, found by their id and only inside `where`, so a cursor never reaches past the
 * actor's scope; a boundary that no longer matches starts again from the top. Sorting, including by the derived
 * keys (tier, next appointment, last contact, overdue items), is done by PostgreSQL in the query. `where` must not
 * hold redacted people: ordering them by a hidden value would reveal it (security.md AC-5, caseload-page.ts).
 * @param take how many ids at most; backwards with no boundary walks back from the end of the list
 * @returns ids nearest the boundary first, and whether the boundary was found
 */
export async function pickShownRows(
  where: Prisma.OffenderWhereInput,
  query: Pick<TCaseloadQuery, 'sort' | 'dir'>,
  at: { boundaryId?: string; backwards: boolean; take: number },
): Promise<{ ids: string[]; boundaryFound: boolean }> {
  const forward = sortColumns[query.sort](query.dir)
  const columns = at.backwards ? forward.map((c) => ({ ...c, dir: flip(c.dir) })) : forward
  const boundaryRow = at.boundaryId ? await prisma.offender.findFirst({ where: { AND: [where, { id: at.boundaryId }] }, select: boundarySelect(columns) }) : null
  const boundary: Boundary | null = boundaryRow && {
    lastName: boundaryRow.lastName,
    firstName: boundaryRow.firstName,
    crn: boundaryRow.crn,
    rosh: boundaryRow.riskProfile?.overallRosh ?? null,
    tierRank: boundaryRow.caseloadKeys?.tierRank ?? 7,
    nextAppointmentAt: boundaryRow.caseloadKeys?.nextAppointmentAt ?? null,
    lastContactAt: boundaryRow.caseloadKeys?.lastContactAt ?? null,
    overdueItems: boundaryRow.caseloadKeys?.overdueItems ?? 0,
  }
  const rows = await prisma.offender.findMany({
    where: boundary ? { AND: [where, afterBoundary(columns, boundary)] } : where,
    select: { id: true },
    orderBy: orderByOf(columns),
    take: at.take,
  })
  return { ids: rows.map((r) => r.id), boundaryFound: Boolean(boundary) }
}
