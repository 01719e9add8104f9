import 'server-only'
import type { Role } from '../../generated/prisma/enums'
import cyEnums from '../../i18n/messages/cy/enums.json'
import enEnums from '../../i18n/messages/en/enums.json'
import type { Tx } from '../db'
import { invalid } from '../errors'
import { rolesNotFitting } from '../policy/role-agencies'

/**
 * A user's place in their agency: the agency must exist, the team must belong to it (the team decides their LDU and
 * so their record scope), and every role must fit the agency's kind (break 65 F8: an NPS user given the police role
 * saw police-only intelligence). Input: the roles, team id or null, agency id being saved. Raises VALIDATION on
 * `agencyId` (`chooseOption`), `teamId` (`teamAgencyMismatch`) or `roles` (`roleNotForAgency`, naming the first role
 * that does not fit and the agency, in English and Welsh); nothing else.
 */
export async function assertTeamInAgency(tx: Tx, teamId: string | null, agencyId: string, roles: readonly Role[]) {
  const agency = await tx.agency.findUnique({ where: { id: agencyId }, select: { kind: true, name: true, nameCy: true } })
  if (!agency) throw invalid('agencyId', 'chooseOption')
  if (teamId) {
    const team = await tx.team.findUnique({ where: { id: teamId }, select: { agencyId: true } })
    if (team?.agencyId !== agencyId) throw invalid('teamId', 'teamAgencyMismatch')
  }
  const [misfit] = rolesNotFitting(roles, agency.kind)
  if (misfit) throw invalid('roles', 'roleNotForAgency', { role: { en: enEnums.roles[misfit], cy: cyEnums.roles[misfit] }, agency: { en: agency.name, cy: agency.nameCy } })
}
