import type { Prisma } from '../../generated/prisma/client'
import type { Role } from '../../generated/prisma/enums'
import type { Actor } from './actor'
import { can } from './can'

type OffenderWhere = Prisma.OffenderWhereInput

/** Matches no row: roles without a case scope, and any doubt, fail closed (security.md AC-7). */
export const nothing: OffenderWhere = { id: { in: [] } }

const activeFlag = (types: ('MAPPA' | 'IOM')[]) => ({ riskFlags: { some: { type: { in: types }, deregisteredAt: null } } })

const mappaArea = (a: Actor): OffenderWhere[] => (a.region ? [{ mappaNominal: { is: { area: a.region, endedAt: null } } }] : [])

function inRegion(actor: Actor): OffenderWhere | null {
  return actor.region ? { ldu: { region: actor.region } } : null
}

// Which people each role reaches for reading (domain.md "Who uses Llwybr, and what each sees").
const readScopeByRole: Record<Role, (actor: Actor) => OffenderWhere | null> = {
  PROBATION_OFFICER: (a) => ({
    OR: [
      { offenderManagerId: a.userId },
      ...(a.teamId ? [{ teamId: a.teamId }] : []),
      ...(a.lduId ? [{ lduId: a.lduId }] : []),
    ],
  }),
  // A senior also reaches people whose transfer to their team awaits their acceptance (an active share).
  SENIOR_PROBATION_OFFICER: (a) => ({
    OR: [
      { offenderManagerId: a.userId },
      ...(a.teamId ? [{ teamId: a.teamId }, { transferRequests: { some: { status: 'PENDING' as const, toTeamId: a.teamId } } }] : []),
      ...(a.lduId ? [{ lduId: a.lduId }] : []),
    ],
  }),
  // Police see people in their force area who are in an IOM cohort or MAPPA-managed.
  POLICE_OFFENDER_MANAGER: (a) => {
    const region = inRegion(a)
    return region && { OR: [{ AND: [region, activeFlag(['IOM', 'MAPPA'])] }, ...mappaArea(a)] }
  },
  // The coordinator sees the nominals of their MAPPA area and the people referred to it, wherever supervised.
  MAPPA_COORDINATOR: (a) => {
    const region = inRegion(a)
    return region && { OR: [{ AND: [region, activeFlag(['MAPPA'])] }, ...mappaArea(a), ...(a.region ? [{ mappaReferrals: { some: { area: a.region, status: 'SUBMITTED' as const } } }] : [])] }
  },
  COSA_COORDINATOR: () => null,
  COSA_VOLUNTEER: () => null,
  PARTNER_CASEWORKER: () => null,
  STRATEGIC_MANAGER: () => null,
  SYSTEM_ADMINISTRATOR: () => null,
  DATA_PROTECTION_LEAD: () => null,
}

// Who may change a record: an officer their own cases (team cases are read-only), a senior their team and LDU.
const writeScopeByRole: Record<Role, (actor: Actor) => OffenderWhere | null> = {
  ...readScopeByRole,
  PROBATION_OFFICER: (a) => ({ offenderManagerId: a.userId }),
  // Until they accept a transfer, the receiving senior may read the case but not change it.
  SENIOR_PROBATION_OFFICER: (a) => ({
    OR: [{ offenderManagerId: a.userId }, ...(a.teamId ? [{ teamId: a.teamId }] : []), ...(a.lduId ? [{ lduId: a.lduId }] : [])],
  }),
}

function combine(actor: Actor, byRole: Record<Role, (actor: Actor) => OffenderWhere | null>): OffenderWhere {
  const parts = actor.roles.map((role) => byRole[role](actor)).filter((w): w is OffenderWhere => w !== null)
  return parts.length === 0 ? nothing : { OR: parts }
}

/**
 * Break-glass (issue 17): the people this actor opened outside their scope with a reason, while that access lasts
 * (`from` ≤ now < `until`, BreakGlassAccess rows). It widens reading only, never writing, and only for roles that
 * may break glass; Limited Access still applies on top (offenderVisible), so it never opens an excluded person.
 */
export const brokenGlass = (actor: Actor, now = new Date()): OffenderWhere => ({
  breakGlassAccesses: { some: { userId: actor.userId, from: { lte: now }, until: { gt: now } } },
})

/**
 * The people an actor reaches through their roles alone, without break-glass: for planned disclosures such as a
 * subject access export (issue 17), which an emergency opening must not widen.
 */
export const offenderRoleScope = (actor: Actor): OffenderWhere => combine(actor, readScopeByRole)

/** The people an actor may read: their role scopes, plus any break-glass access still running. */
export function offenderReadScope(actor: Actor): OffenderWhere {
  const scope = offenderRoleScope(actor)
  return can(actor, 'offender.breakGlass') ? { OR: [scope, brokenGlass(actor)] } : scope
}

export const offenderWriteScope = (actor: Actor): OffenderWhere => combine(actor, writeScopeByRole)

/**
 * The people an actor reaches through their roles, Limited Access applied, never through a break-glass opening: for
 * what is not a change to the case but must not rest on an opening either, as planned disclosure (a subject access
 * export) or a request that outlives it (asking a MAPPA chair for minutes: walk 54 F1; the opening widens reading
 * only, docs/decisions/0014).
 */
export const offenderVisibleByRole = (actor: Actor): OffenderWhere => ({ AND: [offenderRoleScope(actor), laoVisible(actor)] })

/** Limited Access Offenders: not excluded, and either no restriction list or named on it (security.md AC-5). */
export function laoVisible(actor: Actor): OffenderWhere {
  return {
    AND: [
      { accessRestrictions: { none: { kind: 'EXCLUSION', userId: actor.userId } } },
      {
        OR: [
          { accessRestrictions: { none: { kind: 'RESTRICTION' } } },
          { accessRestrictions: { some: { kind: 'RESTRICTION', userId: actor.userId } } },
        ],
      },
    ],
  }
}

/** Rows the actor may open in full: in scope and not limited for them. */
export const offenderVisible = (actor: Actor): OffenderWhere => ({ AND: [offenderReadScope(actor), laoVisible(actor)] })
export const offenderWritable = (actor: Actor): OffenderWhere => ({ AND: [offenderWriteScope(actor), laoVisible(actor)] })

/**
 * The people an actor may refer to MAPPA, a COSA provider or a partner service (docs/decisions/0022): a referral asks
 * other agencies to take on part of the case's management, which is the managing team's work (domain.md: an officer's
 * own caseload; others in the team or LDU read-only). So the write scope: an officer's own cases, a senior's team and
 * LDU, police and MAPPA staff their shares; never a colleague's case read across the LDU, nor a break-glass opening.
 */
export const offenderReferable = offenderWritable

/** The restriction rows that decide, per listed person, whether this actor gets a redacted row. */
export const laoSelect = (actor: Actor) =>
  ({
    where: { OR: [{ kind: 'RESTRICTION' as const }, { kind: 'EXCLUSION' as const, userId: actor.userId }] },
    select: { kind: true, userId: true },
  }) satisfies Prisma.Offender$accessRestrictionsArgs

export function isLimitedFor(actor: Pick<Actor, 'userId'>, rows: { kind: 'EXCLUSION' | 'RESTRICTION'; userId: string }[]): boolean {
  if (rows.some((r) => r.kind === 'EXCLUSION' && r.userId === actor.userId)) return true
  const restriction = rows.filter((r) => r.kind === 'RESTRICTION')
  return restriction.length > 0 && !restriction.some((r) => r.userId === actor.userId)
}
