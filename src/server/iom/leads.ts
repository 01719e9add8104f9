import 'server-only'
import type { Prisma } from '../../generated/prisma/client'
import type { Region } from '../../generated/prisma/enums'
import { prisma, type Tx } from '../db'
import { invalid } from '../errors'
import { can, laoVisible, staffMaySee, staffWhoMaySee, type Actor } from '../policy'
import { mayBeShown, refuseExcludedAssignee, refuseUnlistedAssignee } from '../limited-access/excluded-staff'

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
 * 17): a lead is offered for each candidate whose record they may see (policy's staffWhoMaySee / staffMaySee: not
 * excluded, and named on a restriction list when there is one; review 66b B1), for all of them without a
 * `forCandidates`, and not at all when for none. The query keeps only staff who may see at least one candidate; which
 * list anyone is on is not returned, only whom they may lead. Empty without `iom.manage`.
 * Input: the candidates' person ids (at most CANDIDATE_LIMIT). Output: `{ police, probation }`, each by name.
 */
export async function panelLeadOptions(actor: Actor, askedIds: string[]): Promise<{ police: TPanelLead[]; probation: TPanelLead[] }> {
  if (!actor.region || !can(actor, 'iom.manage')) return { police: [], probation: [] }
  const region = actor.region
  // Only candidates the actor may see (findCandidates' rule): whose lists hold whom is read for no one else (review 67 S2).
  const seen = new Set((await prisma.offender.findMany({ where: { AND: [{ id: { in: askedIds } }, laoVisible(actor)] }, select: { id: true } })).map((o) => o.id))
  const candidateIds = askedIds.filter((id) => seen.has(id))
  // Grouped once: each lead is asked about each candidate (staff × candidates), so no scan of every row per question.
  const byPerson = new Map<string, { kind: 'EXCLUSION' | 'RESTRICTION'; userId: string }[]>()
  for (const r of await prisma.accessRestriction.findMany({ where: { offenderId: { in: candidateIds } }, select: { offenderId: true, kind: true, userId: true } })) {
    byPerson.set(r.offenderId, [...(byPerson.get(r.offenderId) ?? []), r])
  }
  const rowsOf = (offenderId: string) => byPerson.get(offenderId) ?? []
  const seesOne = candidateIds.length ? { OR: candidateIds.map((id) => staffWhoMaySee(id, rowsOf(id).some((r) => r.kind === 'RESTRICTION'))) } : {}
  const leadsOf = async (role: Prisma.UserWhereInput): Promise<TPanelLead[]> => {
    const staff = await prisma.user.findMany({ where: { AND: [role, seesOne] }, select: { id: true, name: true }, orderBy: [{ name: 'asc' }, { id: 'asc' }] })
    return staff.map((u) => {
      const forCandidates = candidateIds.filter((id) => staffMaySee(u.id, rowsOf(id)))
      return forCandidates.length === candidateIds.length ? u : { ...u, forCandidates }
    })
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
