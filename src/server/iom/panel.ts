import 'server-only'
import { z } from 'zod'
import { londonToday } from '../../lib/dates'
import { recordAudit } from '../audit/record-audit'
import { prisma, type Tx } from '../db'
import { parseAsDrawn } from '../as-drawn'
import { notFound, staleRefusal } from '../errors'
import { authorize, laoVisible, type Actor } from '../policy'
import { lockRow } from '../row-lock'
import { cohortAreaWhere } from './cohort-area'
import { cohortOf } from './cohorts'
import { checkLeads } from './leads'
import { drawnAs, ZPanelDecision } from './members.schemas'
import { decidedSince } from './panel-snapshot'
import { addWeeks } from './review-cadence'

type Selection = { cohortId: string; offenderId: string; panelOn: Date; reason: string; policeLeadId: string; probationLeadId: string; rag: 'RED' | 'AMBER' | 'GREEN'; ragReason: string }

/**
 * An IOM registration on the person: this is what brings them into police read scope (policy/scopes.ts), so it
 * is registered with the first membership and kept while any membership is current.
 */
async function registerIomFlag(tx: Tx, actor: Actor, offenderId: string, nextReviewDate: Date, cohortName: string) {
  if (await tx.riskFlag.count({ where: { offenderId, type: 'IOM', deregisteredAt: null } })) return
  await tx.riskFlag.create({ data: { offenderId, type: 'IOM', registeredAt: londonToday(), nextReviewDate, notes: cohortName, registeredById: actor.userId } })
}

/** Starts membership, or starts it again for someone de-selected earlier (one membership row per cohort and person). */
async function startMembership(tx: Tx, actor: Actor, s: Selection, nextReviewOn: Date) {
  const fields = {
    status: 'ACTIVE' as const, statusReason: null, policeLeadId: s.policeLeadId, probationLeadId: s.probationLeadId,
    rag: s.rag, ragReason: s.ragReason, ragChangedAt: new Date(), nextReviewOn, selectedOn: s.panelOn,
  }
  const member = await tx.iomMember.upsert({
    where: { cohortId_offenderId: { cohortId: s.cohortId, offenderId: s.offenderId } },
    create: { cohortId: s.cohortId, offenderId: s.offenderId, ...fields },
    update: { ...fields, version: { increment: 1 } },
  })
  await tx.iomMemberEvent.create({ data: { memberId: member.id, kind: 'SELECTED', toValue: s.rag, note: s.reason, byId: actor.userId } })
  return member
}

/**
 * The candidate as the panel's form drew them: the cohort active and in the actor's reach, the person in its area
 * (cohortAreaWhere: force area, and its LDU and local authorities when it names them), on an active sentence,
 * visible to the actor, and not a member already, nor decided on since the form was drawn (in a transaction its
 * snapshot, `drawnAs`, does not see; a form whose snapshot cannot be read is refused by its schema); the person's row is then held. Input: the cohort's and the
 * person's ids, the form's snapshot. Output: the cohort.
 * Errors: NOT_FOUND; VALIDATION on the whole form, stale: `iomAlreadyMember` (selected meanwhile, e.g. from another
 * tab: walk 60 F2), `iomDecidedMeanwhile` (any decision since: break 62 F1, "Select" and "Do not select" sent at once
 * were both saved; walk 61 F9, "Do not select" twice; review 62 item 2, one still being recorded as the page was drawn).
 */
async function undecidedCandidate(tx: Tx, actor: Actor, cohortId: string, offenderId: string, formDrawnAs: string | undefined) {
  const cohort = await cohortOf(tx, actor, cohortId)
  if (!cohort.active) throw notFound()
  const inArea = await tx.offender.count({ where: { AND: [{ id: offenderId }, cohortAreaWhere(cohort), { sentences: { some: { status: 'ACTIVE' } } }, laoVisible(actor)] } })
  if (!inArea) throw notFound()
  // Held for the rest of the transaction: two panels deciding at once are one after the other, so the second finds
  // the membership the first made (break 61 F1: both were saved, two "Selected" in the history).
  await lockRow(tx, 'Offender', offenderId)
  if (await tx.iomMember.count({ where: { cohortId, offenderId, status: { not: 'DESELECTED' } } })) throw staleRefusal('iomAlreadyMember')
  if (formDrawnAs && (await decidedSince(tx, cohortId, offenderId, formDrawnAs))) throw staleRefusal('iomDecidedMeanwhile')
  return cohort
}

/**
 * The multi-agency panel's decision on a candidate, with its reason, date and the agencies that sat. Selecting
 * makes the person a member with a police lead, a probation lead, a first RAG rating and the first review due
 * after the cohort's cadence. The person must be in the cohort's force area, on an active sentence and visible to
 * the actor; the panel may use its judgement beyond the criteria, which only build the list. A form drawn before the
 * candidate was decided, or gone out of reach, is told so even with wrong answers too (parseAsDrawn, walk 60 F2).
 * Errors: ZodError; NOT_FOUND; VALIDATION (iomAlreadyMember and iomDecidedMeanwhile, stale; leads).
 */
export async function decideCandidate(actor: Actor, input: unknown) {
  authorize(actor, 'iom.manage')
  // The form names its candidate by cohort and person; with a cohort id that is no id, only the answers are refused.
  const cohortId = z.uuid().safeParse((input as { cohortId?: unknown } | null)?.cohortId)
  const snapshotOnForm = drawnAs.safeParse((input as { drawnAs?: unknown } | null)?.drawnAs).data
  const drawn = { id: 'offenderId', versioned: false, check: async (tx: Tx, offenderId: string) => cohortId.success && undecidedCandidate(tx, actor, cohortId.data, offenderId, snapshotOnForm) }
  const { decision, panelists, drawnAs: snapshot, ...d } = await parseAsDrawn(ZPanelDecision, input, drawn)
  return prisma.$transaction(async (tx) => {
    const cohort = await undecidedCandidate(tx, actor, d.cohortId, d.offenderId, snapshot)
    const selected = decision === 'SELECT'
    const made = await tx.iomPanelDecision.create({ data: { cohortId: d.cohortId, offenderId: d.offenderId, selected, reason: d.reason, panelOn: d.panelOn, panelists, decidedById: actor.userId } })
    let memberId: string | null = null
    if (selected) {
      const s = { ...d, policeLeadId: d.policeLeadId!, probationLeadId: d.probationLeadId!, rag: d.rag!, ragReason: d.ragReason! }
      await checkLeads(tx, actor, cohort.region, d.offenderId, s)
      const nextReviewOn = addWeeks(d.panelOn, cohort.reviewEveryWeeks)
      memberId = (await startMembership(tx, actor, s, nextReviewOn)).id
      await registerIomFlag(tx, actor, d.offenderId, nextReviewOn, cohort.name)
    }
    await recordAudit(tx, actor, { action: 'iom.panel.decide', subjectType: 'IomPanelDecision', subjectId: made.id, offenderId: d.offenderId, reason: d.reason, detail: { cohortId: d.cohortId, selected, memberId } })
    return { id: d.cohortId, offenderId: d.offenderId, memberId }
  })
}
