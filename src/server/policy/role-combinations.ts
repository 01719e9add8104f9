import type { Role } from '../../generated/prisma/enums'
import { roleGrants, type Permission } from './permissions'

// What a system administrator, or someone who sees only aggregate figures, may hold: none of it reaches a person's record.
// Not the break-glass review: it names the people opened and the reasons given (issue 17 walk 17 F2).
const noCaseData: readonly Permission[] = ['user.manage', 'agency.manage', 'audit.read', 'service.manage', 'letter.manage', 'stats.view', 'scheme.view', 'scheme.manage', 'unitCost.manage', 'jobs.manage', 'ldu.manage']

/**
 * Whether a role reaches anyone's case data: true when any of its grants is outside the administration and
 * aggregate-figures permissions. Derived from the grant table, so a new role or grant is classified with it.
 */
export function isCaseWorkRole(role: Role): boolean {
  return roleGrants[role].some((p) => !noCaseData.includes(p))
}

/**
 * True when a set of roles pairs System administrator with a case-work role, which would defeat "administrators see
 * no case data" (domain.md; issue 15 item 18). Refused on user create/update, by the seed, and by the database.
 */
export function mixesAdminWithCaseWork(roles: readonly Role[]): boolean {
  return roles.includes('SYSTEM_ADMINISTRATOR') && roles.some(isCaseWorkRole)
}
