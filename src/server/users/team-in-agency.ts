import 'server-only'
import type { Tx } from '../db'
import { invalid } from '../errors'

/** A user's team must belong to their agency: the team decides their LDU and so their record scope. */
export async function assertTeamInAgency(tx: Tx, teamId: string | null, agencyId: string) {
  const agency = await tx.agency.findUnique({ where: { id: agencyId }, select: { id: true } })
  if (!agency) throw invalid('agencyId', 'chooseOption')
  if (!teamId) return
  const team = await tx.team.findUnique({ where: { id: teamId }, select: { agencyId: true } })
  if (team?.agencyId !== agencyId) throw invalid('teamId', 'teamAgencyMismatch')
}
