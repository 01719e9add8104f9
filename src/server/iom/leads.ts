import 'server-only'
import type { Prisma } from '../../generated/prisma/client'
import type { Region } from '../../generated/prisma/enums'
import { prisma, type Tx } from '../db'
import { invalid } from '../errors'
import { can, type Actor } from '../policy'
import { excludedFromSome, mayBeShown, notExcludedFromAny, refuseExcludedAssignee, refuseUnlistedAssignee } from '../limited-access/excluded-staff'

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
 * Who can be chosen as leads on one member's form; empty for those who cannot manage IOM. Staff excluded from that
 * person are left out (sec18b item 3); the panel, deciding on several people, uses `panelLeadOptions`.
 */
export async function leadOptions(actor: Actor, offenderId: string) {
  if (!actor.region || !can(actor, 'iom.manage')) return { police: [], probation: [] }
  const select = { id: true, name: true } as const
  const orderBy = { name: 'asc' } as const
  // Only staff who may see the person: not excluded, and named on a restriction list when there is one (review 66b B1).
  const forPerson = await mayBeShown(prisma, offenderId)
  const [police, probation] = await Promise.all([
    prisma.user.findMany({ where: { AND: [policeLead(actor.region), forPerson] }, select, orderBy }),
    prisma.user.findMany({ where: { AND: [probationLead(actor.region), forPerson] }, select, orderBy }),
  ])
  return { police, probation }
}

/** A lead the panel may choose: `forCandidates` lists the candidates they may lead, when not every one (sec19b). */
export type TPanelLead = { id: string; name: string; forCandidates?: string[] }

/**
 * Who can be chosen as leads on the selection panel, which decides on several candidates with one form (sec19b, issue
 * 17): staff excluded from none of the candidates are offered for all; staff excluded from some are offered only for
 * the others (`forCandidates`), and staff excluded from all of them not at all. Both lists are filtered in the query;
 * which candidate anyone is excluded from is not returned, only whom they may lead. Empty without `iom.manage`.
 * Input: the candidates' person ids. Output: `{ police, probation }`, each by name.
 */
export async function panelLeadOptions(actor: Actor, candidateIds: string[]): Promise<{ police: TPanelLead[]; probation: TPanelLead[] }> {
  if (!actor.region || !can(actor, 'iom.manage')) return { police: [], probation: [] }
  const region = actor.region
  const leadsOf = async (role: Prisma.UserWhereInput): Promise<TPanelLead[]> => {
    const [forAll, forSome] = await Promise.all([
      prisma.user.findMany({ where: { AND: [role, notExcludedFromAny(candidateIds)] }, select: { id: true, name: true } }),
      prisma.user.findMany({
        where: { AND: [role, excludedFromSome(candidateIds)] },
        select: { id: true, name: true, accessRestrictions: { where: { kind: 'EXCLUSION', offenderId: { in: candidateIds } }, select: { offenderId: true } } },
      }),
    ])
    const partly = forSome.map(({ accessRestrictions, ...u }) => {
      const barred = new Set(accessRestrictions.map((r) => r.offenderId))
      return { ...u, forCandidates: candidateIds.filter((id) => !barred.has(id)) }
    })
    return [...forAll, ...partly.filter((u) => u.forCandidates.length > 0)].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
  }
  const [police, probation] = await Promise.all([leadsOf(policeLead(region)), leadsOf(probationLead(region))])
  return { police, probation }
}

/**
 * Refuses leads who are not police or probation staff of the cohort's force area, or who are excluded from the person
 * or left off their restriction list (VALIDATION `policeLeadId` / `probationLeadId`: `chooseOption`, or for an excluded
 * lead `accessExcludedAssignee` to a senior who manages the person's lists and `assigneeNotOffered` to anyone else;
 * `assigneeNotOffered` for one a restriction list leaves out; sec18b item 3, sec19b, review 66b B1).
 */
export async function checkLeads(tx: Tx, actor: Actor, region: Region, offenderId: string, leads: { policeLeadId: string; probationLeadId: string }) {
  if (!(await tx.user.count({ where: { AND: [{ id: leads.policeLeadId }, policeLead(region)] } }))) throw invalid('policeLeadId', 'chooseOption')
  if (!(await tx.user.count({ where: { AND: [{ id: leads.probationLeadId }, probationLead(region)] } }))) throw invalid('probationLeadId', 'chooseOption')
  await refuseExcludedAssignee(tx, actor, offenderId, leads.policeLeadId, 'policeLeadId')
  await refuseExcludedAssignee(tx, actor, offenderId, leads.probationLeadId, 'probationLeadId')
  await refuseUnlistedAssignee(tx, offenderId, leads.policeLeadId, 'policeLeadId')
  await refuseUnlistedAssignee(tx, offenderId, leads.probationLeadId, 'probationLeadId')
}
