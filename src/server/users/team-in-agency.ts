import 'server-only'
import type { Tx } from '../db'
import { AppError } from '../errors'

/** A user's team must belong to their agency: the team decides their LDU and so their record scope. */
export async function assertTeamInAgency(tx: Tx, teamId: string | null, agencyId: string) {
  const agency = await tx.agency.findUnique({ where: { id: agencyId }, select: { id: true } })
  if (!agency) throw new AppError('VALIDATION', 'VALIDATION', { agencyId: ['chooseOption'] })
  if (!teamId) return
  const team = await tx.team.findUnique({ where: { id: teamId }, select: { agencyId: true } })
  if (team?.agencyId !== agencyId) throw new AppError('VALIDATION', 'VALIDATION', { teamId: ['teamAgencyMismatch'] })
}
