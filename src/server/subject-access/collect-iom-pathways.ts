import 'server-only'
import type { Tx } from '../db'
import { toRow } from './bundle-row'
import type { Sections } from './bundle.types'

/** The agency of each of these users, as a lookup (null for no user). */
async function agenciesOfUsers(tx: Tx, ids: (string | null)[]) {
  const users = await tx.user.findMany({ where: { id: { in: [...new Set(ids.filter((id): id is string => id !== null))] } }, select: { id: true, agencyId: true } })
  const agencies = new Map(users.map((u) => [u.id, u.agencyId]))
  return (id: string | null) => (id && agencies.get(id)) || null
}

/**
 * IOM (memberships with their cohort, their events, panel decisions) and police intelligence entries, which are
 * marked POLICE_INTELLIGENCE for redaction review: disclosing them may reveal sources or prejudice policing (issue 17).
 * Each row carries the agency that wrote or holds it, so what another agency wrote is marked OTHER_AGENCY (re-break 54):
 * an event or a panel decision its recorder's (`recordedAgencyId`); a membership, a plan held jointly with the police,
 * its police lead's force (`policeLeadAgencyId`).
 */
export async function collectIom(tx: Tx, offenderId: string): Promise<Partial<Sections>> {
  const [members, decisions, intelligence] = await Promise.all([
    tx.iomMember.findMany({ where: { offenderId }, include: { cohort: { select: { name: true, strand: true, region: true } } }, orderBy: [{ selectedOn: 'asc' }, { id: 'asc' }] }),
    tx.iomPanelDecision.findMany({ where: { offenderId }, orderBy: [{ panelOn: 'asc' }, { id: 'asc' }] }),
    tx.policeIntelligence.findMany({ where: { offenderId }, orderBy: [{ recordedOn: 'asc' }, { id: 'asc' }] }),
  ])
  const events = await tx.iomMemberEvent.findMany({ where: { memberId: { in: members.map((m) => m.id) } }, orderBy: [{ at: 'asc' }, { id: 'asc' }] })
  const agencyOf = await agenciesOfUsers(tx, [...members.map((m) => m.policeLeadId), ...events.map((e) => e.byId), ...decisions.map((d) => d.decidedById)])
  return {
    iomMemberships: members.map(({ cohort, ...m }) => toRow({ ...m, policeLeadAgencyId: agencyOf(m.policeLeadId), cohort: cohort.name, strand: cohort.strand, region: cohort.region })),
    iomEvents: events.map((e) => toRow({ ...e, recordedAgencyId: agencyOf(e.byId) })),
    iomDecisions: decisions.map((d) => toRow({ ...d, recordedAgencyId: agencyOf(d.decidedById) })),
    policeIntelligence: intelligence.map((i) => toRow(i, ['POLICE_INTELLIGENCE'])),
  }
}

/**
 * The support needs' names beside their ids, in English and Welsh: a bundle disclosed to the person must say what was
 * recorded in words (break 72 F2: only the catalogue's ids were in it). Output: ids → { needs, needsCy }.
 */
async function needsNamed(tx: Tx, ids: string[]) {
  const needs = await tx.supportNeed.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, label: true, labelCy: true } })
  const byId = new Map(needs.map((n) => [n.id, n]))
  return (of: string[]) => {
    const found = of.flatMap((id) => byId.get(id) ?? [])
    return { needs: found.map((n) => n.label), needsCy: found.map((n) => n.labelCy) }
  }
}

/** The nine pathways (assessments and their updates) and referrals to partner services with their updates (issue 17). */
export async function collectPathways(tx: Tx, offenderId: string): Promise<Partial<Sections>> {
  const [assessments, referrals] = await Promise.all([
    tx.pathwayAssessment.findMany({ where: { offenderId }, include: { updates: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] } }, orderBy: { pathway: 'asc' } }),
    tx.partnerReferral.findMany({ where: { offenderId }, include: { service: { select: { name: true, providerAgencyId: true } }, updates: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
  ])
  const named = await needsNamed(tx, [...assessments.flatMap((a) => [...a.needIds, ...a.updates.flatMap((u) => u.needIds)]), ...referrals.flatMap((r) => r.needIds)])
  return {
    pathways: assessments.map(({ updates: _u, ...a }) => toRow({ ...a, ...named(a.needIds) })),
    pathwayUpdates: assessments.flatMap((a) => a.updates.map((u) => toRow({ pathway: a.pathway, ...u, ...named(u.needIds) }))),
    // The service's provider holds the referral and its decisions (break 54 F6).
    partnerReferrals: referrals.map(({ updates: _u, service, ...r }) => toRow({ ...r, ...named(r.needIds), service: service.name, providerAgencyId: service.providerAgencyId })),
    partnerReferralUpdates: referrals.flatMap((r) => r.updates.map((u) => toRow(u))),
  }
}
