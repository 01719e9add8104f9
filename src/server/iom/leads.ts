import 'server-only'
import type { Prisma } from '../../generated/prisma/client'
import type { Region } from '../../generated/prisma/enums'
import { prisma, type Tx } from '../db'
import { invalid } from '../errors'
import { can, type Actor } from '../policy'
import { notExcludedFrom, refuseExcludedAssignee } from '../limited-access/excluded-staff'

/**
 * Active staff of a force area, worked out as an actor's region is (load-actor.ts): their team's LDU, or else
 * their agency's region (police forces have a region and no LDU).
 */
function staffOf(region: Region): Prisma.UserWhereInput {
  return {
    status: 'ACTIVE',
    agency: { active: true },
    OR: [{ team: { is: { area: { is: { region } } } } }, { AND: [{ agency: { region } }, { OR: [{ teamId: null }, { team: { is: { areaId: null } } }] }] }],
  }
}

/** IOM is jointly led: a police offender manager and a probation officer (or senior) of the same force area. */
const policeLead = (region: Region): Prisma.UserWhereInput => ({ AND: [staffOf(region), { roles: { has: 'POLICE_OFFENDER_MANAGER' } }] })
const probationLead = (region: Region): Prisma.UserWhereInput => ({ AND: [staffOf(region), { roles: { hasSome: ['PROBATION_OFFICER', 'SENIOR_PROBATION_OFFICER'] } }] })

/**
 * Who can be chosen as leads, for the panel and member forms; empty for those who cannot manage IOM. With `offenderId`
 * (one member's form) staff excluded from that person are left out (sec18b item 3).
 */
export async function leadOptions(actor: Actor, offenderId?: string) {
  if (!actor.region || !can(actor, 'iom.manage')) return { police: [], probation: [] }
  const select = { id: true, name: true } as const
  const orderBy = { name: 'asc' } as const
  const forPerson = offenderId ? notExcludedFrom(offenderId) : {}
  const [police, probation] = await Promise.all([
    prisma.user.findMany({ where: { AND: [policeLead(actor.region), forPerson] }, select, orderBy }),
    prisma.user.findMany({ where: { AND: [probationLead(actor.region), forPerson] }, select, orderBy }),
  ])
  return { police, probation }
}

/**
 * Refuses leads who are not police or probation staff of the cohort's force area, or who are excluded from the person
 * (VALIDATION `policeLeadId` / `probationLeadId`: `chooseOption` or `accessExcludedAssignee`, sec18b item 3).
 */
export async function checkLeads(tx: Tx, region: Region, offenderId: string, leads: { policeLeadId: string; probationLeadId: string }) {
  if (!(await tx.user.count({ where: { AND: [{ id: leads.policeLeadId }, policeLead(region)] } }))) throw invalid('policeLeadId', 'chooseOption')
  if (!(await tx.user.count({ where: { AND: [{ id: leads.probationLeadId }, probationLead(region)] } }))) throw invalid('probationLeadId', 'chooseOption')
  await refuseExcludedAssignee(tx, offenderId, leads.policeLeadId, 'policeLeadId')
  await refuseExcludedAssignee(tx, offenderId, leads.probationLeadId, 'probationLeadId')
}
