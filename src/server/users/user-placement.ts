import 'server-only'
import type { AgencyKind, Role } from '../../generated/prisma/enums'
import cyEnums from '../../i18n/messages/cy/enums.json'
import enEnums from '../../i18n/messages/en/enums.json'
import type { Tx } from '../db'
import { invalid } from '../errors'
import { rolesNotFitting } from '../policy'

type Placement = { teamId: string | null; agencyId: string; roles: readonly Role[] }

/**
 * A user's place in their agency: the agency must exist, the team must belong to it (the team decides their LDU and
 * so their record scope), and every role must fit the agency's kind (break 65 F8, ADR 0030: an NPS user given the
 * police role saw police-only intelligence). Every role is checked for a new user or a move to another agency; within
 * the same agency only the roles being added (review 65b B1, review 66 B1: disabling an account, changing its language
 * or the order of its roles never waits on a role it held; the database trigger checks the same).
 * The agency row is read FOR SHARE, so a concurrent change of its kind (save-agency.ts locks it) cannot slip between
 * this check and the write (review 65b B5). Raises VALIDATION on `agencyId` (`chooseOption`), `teamId`
 * (`teamAgencyMismatch`) or `roles` (`roleNotForAgency`, naming the first misfit role and the agency, en and cy).
 */
export async function assertUserPlacement(tx: Tx, placement: Placement, before?: Placement) {
  const { teamId, agencyId, roles } = placement
  const [agency] = await tx.$queryRaw<{ kind: AgencyKind; name: string; nameCy: string | null }[]>`
    SELECT kind, name, "nameCy" FROM "Agency" WHERE id = ${agencyId}::uuid FOR SHARE`
  if (!agency) throw invalid('agencyId', 'chooseOption')
  if (teamId) {
    const team = await tx.team.findUnique({ where: { id: teamId }, select: { agencyId: true } })
    if (team?.agencyId !== agencyId) throw invalid('teamId', 'teamAgencyMismatch')
  }
  const checked = before && before.agencyId === agencyId ? roles.filter((r) => !before.roles.includes(r)) : roles
  const [misfit] = rolesNotFitting(checked, agency.kind)
  if (misfit) throw invalid('roles', 'roleNotForAgency', { role: { en: enEnums.roles[misfit], cy: cyEnums.roles[misfit] }, agency: { en: agency.name, cy: agency.nameCy } })
}
