import type { Prisma } from '../../generated/prisma/client'
import type { Role } from '../../generated/prisma/enums'
import type { Actor } from './actor'
import { laoVisible, nothing } from './scopes'

type OffenderWhere = Prisma.OffenderWhereInput

/**
 * Whose "who has looked at this record" each role may read (issue 15 item 11; docs/decisions/0009). The log names
 * staff and what they did, so it is for the people answerable for the case: its offender manager, and the seniors
 * of the team it is allocated to. Colleagues who may read the record, police, MAPPA and partners may not; the
 * operator's whole-system log (`audit.read`) names no person under supervision.
 */
const recordAuditByRole: Record<Role, (actor: Actor) => OffenderWhere | null> = {
  PROBATION_OFFICER: (a) => ({ offenderManagerId: a.userId }),
  SENIOR_PROBATION_OFFICER: (a) => ({ OR: [{ offenderManagerId: a.userId }, ...(a.teamId ? [{ teamId: a.teamId }] : [])] }),
  POLICE_OFFENDER_MANAGER: () => null,
  MAPPA_COORDINATOR: () => null,
  COSA_COORDINATOR: () => null,
  COSA_VOLUNTEER: () => null,
  PARTNER_CASEWORKER: () => null,
  STRATEGIC_MANAGER: () => null,
  SYSTEM_ADMINISTRATOR: () => null,
  DATA_PROTECTION_LEAD: () => null,
}

/** People whose record access log the actor may read; limited access applies on top. Fails closed (nothing). */
export function recordAuditScope(actor: Actor): OffenderWhere {
  const parts = actor.roles.map((role) => recordAuditByRole[role](actor)).filter((w): w is OffenderWhere => w !== null)
  return parts.length === 0 ? nothing : { AND: [{ OR: parts }, laoVisible(actor)] }
}
