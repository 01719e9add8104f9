import { Prisma } from '../../generated/prisma/client'
import type { Role } from '../../generated/prisma/enums'
import type { Actor } from './actor'
import { can } from './can'

type Part = Prisma.Sql | null

const exists = (table: string, person: Prisma.Sql, where: Prisma.Sql) =>
  Prisma.sql`EXISTS (SELECT 1 FROM ${Prisma.raw(`"${table}"`)} q WHERE q."offenderId" = ${person}.id AND ${where})`

const activeFlag = (person: Prisma.Sql, types: ('MAPPA' | 'IOM')[]) =>
  exists('RiskFlag', person, Prisma.sql`q.type::text IN (${Prisma.join(types)}) AND q."deregisteredAt" IS NULL`)

/** Supervised in an LDU of the actor's region (scopes.ts inRegion), and the region's open MAPPA nominals (mappaArea). */
const inRegion = (person: Prisma.Sql, region: string) =>
  Prisma.sql`EXISTS (SELECT 1 FROM "Area" a WHERE a.id = ${person}."lduId" AND a.region = ${region}::"Region")`
const mappaArea = (person: Prisma.Sql, region: string) =>
  Prisma.sql`EXISTS (SELECT 1 FROM "MappaNominal" n WHERE n."offenderId" = ${person}.id AND n.area = ${region}::"Region" AND n."endedAt" IS NULL)`

const anyOf = (parts: Prisma.Sql[]) => Prisma.sql`(${Prisma.join(parts, ' OR ')})`

/** The probation officer's own, team and LDU people; a senior also their team's pending transfers in. */
function probation(a: Actor, person: Prisma.Sql, senior: boolean): Prisma.Sql {
  const parts = [Prisma.sql`${person}."offenderManagerId" = ${a.userId}::uuid`]
  if (a.teamId) parts.push(Prisma.sql`${person}."teamId" = ${a.teamId}::uuid`)
  if (a.teamId && senior) parts.push(exists('TransferRequest', person, Prisma.sql`q.status = 'PENDING' AND q."toTeamId" = ${a.teamId}::uuid`))
  if (a.lduId) parts.push(Prisma.sql`${person}."lduId" = ${a.lduId}::uuid`)
  return anyOf(parts)
}

// The same rules as readScopeByRole in scopes.ts, written for the person aliased `person` (domain.md "Who uses
// Llwybr, and what each sees"). Keep the two in step: read-scope-sql.int.test.ts runs both over every scope case.
const readScopeSqlByRole: Record<Role, (actor: Actor, person: Prisma.Sql) => Part> = {
  PROBATION_OFFICER: (a, p) => probation(a, p, false),
  SENIOR_PROBATION_OFFICER: (a, p) => probation(a, p, true),
  POLICE_OFFENDER_MANAGER: (a, p) => a.region && anyOf([Prisma.sql`(${inRegion(p, a.region)} AND ${activeFlag(p, ['IOM', 'MAPPA'])})`, mappaArea(p, a.region)]),
  MAPPA_COORDINATOR: (a, p) =>
    a.region &&
    anyOf([
      Prisma.sql`(${inRegion(p, a.region)} AND ${activeFlag(p, ['MAPPA'])})`,
      mappaArea(p, a.region),
      exists('MappaReferral', p, Prisma.sql`q.area = ${a.region}::"Region" AND q.status = 'SUBMITTED'`),
    ]),
  COSA_COORDINATOR: () => null,
  COSA_VOLUNTEER: () => null,
  PARTNER_CASEWORKER: () => null,
  STRATEGIC_MANAGER: () => null,
  SYSTEM_ADMINISTRATOR: () => null,
  DATA_PROTECTION_LEAD: () => null,
}

// The same rules as writeScopeByRole in scopes.ts: an officer changes their own cases only (team and LDU cases are
// read-only), a senior their own, team and LDU cases but not a transfer still awaiting them; other roles as they read.
const writeScopeSqlByRole: Record<Role, (actor: Actor, person: Prisma.Sql) => Part> = {
  ...readScopeSqlByRole,
  PROBATION_OFFICER: (a, p) => Prisma.sql`${p}."offenderManagerId" = ${a.userId}::uuid`,
  SENIOR_PROBATION_OFFICER: (a, p) =>
    anyOf([
      Prisma.sql`${p}."offenderManagerId" = ${a.userId}::uuid`,
      ...(a.teamId ? [Prisma.sql`${p}."teamId" = ${a.teamId}::uuid`] : []),
      ...(a.lduId ? [Prisma.sql`${p}."lduId" = ${a.lduId}::uuid`] : []),
    ]),
}

const combine = (actor: Actor, person: Prisma.Sql, byRole: typeof readScopeSqlByRole) =>
  actor.roles.map((role) => byRole[role](actor, person)).filter((p): p is Prisma.Sql => Boolean(p))

/**
 * offenderWriteScope (scopes.ts) as an SQL condition on the person row aliased `person`, for reads written in one
 * statement that list only what the actor may change (issue 18 item 2: the home's service-level alerts). Never
 * widened by break-glass. No role with a case scope gives FALSE (fail closed, security.md AC-7). Limited Access is
 * not part of it: add laoVisibleSql. Held equal to the Prisma scope by read-scope-sql.int.test.ts.
 * Input: the actor, the alias. Output: a boolean SQL expression. Raises nothing.
 */
export function offenderWriteScopeSql(actor: Actor, person: Prisma.Sql): Prisma.Sql {
  const parts = combine(actor, person, writeScopeSqlByRole)
  return parts.length === 0 ? Prisma.sql`FALSE` : anyOf(parts)
}

/**
 * offenderReadScope (scopes.ts) as an SQL condition on the person row aliased `person` (e.g. Prisma.raw('o')), for
 * reads written in one SQL statement (issue 18 item 1, the caseload page): the actor's role scopes, OR-ed, plus any
 * break-glass access running at `now` (from ≤ now < until) for roles that may break glass. No role with a case scope
 * gives FALSE (fail closed, security.md AC-7). Limited Access is not part of it: add laoVisibleSql (lao-sql.ts).
 * Input: the actor, the alias, `now` (UTC). Output: a boolean SQL expression. Raises nothing.
 */
export function offenderReadScopeSql(actor: Actor, person: Prisma.Sql, now = new Date()): Prisma.Sql {
  const parts = combine(actor, person, readScopeSqlByRole)
  if (can(actor, 'offender.breakGlass')) {
    const at = Prisma.sql`(${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')`
    parts.push(exists('BreakGlassAccess', person, Prisma.sql`q."userId" = ${actor.userId}::uuid AND q."from" <= ${at} AND q.until > ${at}`))
  }
  return parts.length === 0 ? Prisma.sql`FALSE` : anyOf(parts)
}
