import 'server-only'
import { whenMissing } from '../missing-record'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { notFound } from '../errors'
import { authorize, can, type Actor } from '../policy'
import { iomPersonVisible, iomPersonWritable } from '../policy/iom-scopes'
import { ZIntelligence } from './members.schemas'

/**
 * The person, if this actor may reach their IOM record (to add to it: `writing`, never through a break-glass opening);
 * otherwise as absent as a person who does not exist.
 */
async function reachable(actor: Actor, offenderId: string, writing = false) {
  const scope = writing ? iomPersonWritable(actor) : iomPersonVisible(actor)
  const found = await prisma.offender.count({ where: { AND: [{ id: offenderId }, scope] } }).catch(whenMissing(0))
  if (!found) throw notFound()
}

/**
 * Police intelligence is police-only (domain.md "IOM"): only 'intel.police' records it, and the entry keeps the
 * author's force so its origin is never in doubt.
 */
export async function recordIntelligence(actor: Actor, input: unknown) {
  authorize(actor, 'intel.police')
  const { offenderId, ...entry } = ZIntelligence.parse(input)
  await reachable(actor, offenderId, true)
  return prisma.$transaction(async (tx) => {
    const made = await tx.policeIntelligence.create({ data: { offenderId, ...entry, authorId: actor.userId, authorAgencyId: actor.agencyId } })
    await recordAudit(tx, actor, { action: 'iom.intel.record', subjectType: 'PoliceIntelligence', subjectId: made.id, offenderId, detail: { grading: entry.grading } })
    return { id: made.id, offenderId }
  })
}

/** The intelligence entries on a person, newest first, for police only; the read is audited. */
export async function intelligenceAbout(actor: Actor, offenderId: string) {
  authorize(actor, 'intel.police')
  await reachable(actor, offenderId)
  const entries = await prisma.policeIntelligence.findMany({
    where: { offenderId },
    orderBy: [{ recordedOn: 'desc' }, { createdAt: 'desc' }],
    take: 50,
    select: { id: true, summary: true, grading: true, recordedOn: true, author: { select: { name: true } } },
  })
  await recordAudit(prisma, actor, { action: 'iom.intel.view', subjectType: 'Offender', subjectId: offenderId, offenderId })
  return entries
}

/**
 * Whether this actor may add intelligence on the person (police; the person in their write scope or a current member
 * of their area's cohorts), never through a break-glass opening (walk 54 F1). Output: boolean; nothing audited.
 */
export async function mayAddIntelligence(actor: Actor, offenderId: string): Promise<boolean> {
  if (!can(actor, 'intel.police')) return false
  return (await prisma.offender.count({ where: { AND: [{ id: offenderId }, iomPersonWritable(actor)] } }).catch(whenMissing(0))) > 0
}
