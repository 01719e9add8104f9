import 'server-only'
import { parseAsDrawn } from '../as-drawn'
import { londonToday } from '../../lib/dates'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { invalid } from '../errors'
import { authorize, type Actor } from '../policy'
import { checkLeads } from './leads'
import { claimMember, memberAudit } from './member-of'
import { ZArrangements, ZChangeRag, ZJointPlan, ZRecordReview } from './members.schemas'

const done = (m: { id: string; offenderId: string }) => ({ id: m.id, offenderId: m.offenderId })

/** A new RAG rating between reviews, with the reason for the change (the list shows the latest reason). */
export async function changeRag(actor: Actor, input: unknown) {
  authorize(actor, 'iom.manage')
  const { memberId, version, rag, reason } = await parseAsDrawn(ZChangeRag, input, { id: 'memberId', check: (tx, id, v) => claimMember(tx, actor, id, v) })
  return prisma.$transaction(async (tx) => {
    const member = await claimMember(tx, actor, memberId, version)
    if (member.rag === rag) throw invalid('rag', 'iomRagUnchanged')
    await tx.iomMember.update({ where: { id: memberId }, data: { rag, ragReason: reason, ragChangedAt: new Date() } })
    await tx.iomMemberEvent.create({ data: { memberId, kind: 'RAG', fromValue: member.rag, toValue: rag, note: reason, byId: actor.userId } })
    await recordAudit(tx, actor, memberAudit('iom.member.rag', member, { reason, detail: { from: member.rag, to: rag } }))
    return done(member)
  })
}

/**
 * The periodic review: what was found, the RAG rating it leaves (a change needs its reason) and the next review.
 * The IOM registration's review date follows it, so the record's registrations agree with the cohort.
 */
export async function recordReview(actor: Actor, input: unknown) {
  authorize(actor, 'iom.manage')
  const { memberId, version, reviewedOn, rag, ragReason, notes, nextReviewOn } = await parseAsDrawn(ZRecordReview, input, { id: 'memberId', check: (tx, id, v) => claimMember(tx, actor, id, v) })
  return prisma.$transaction(async (tx) => {
    const member = await claimMember(tx, actor, memberId, version)
    const ragChanged = member.rag !== rag
    if (ragChanged && !ragReason) throw invalid('ragReason', 'reasonRequired')
    await tx.iomMember.update({ where: { id: memberId }, data: { nextReviewOn, ...(ragChanged ? { rag, ragReason, ragChangedAt: new Date() } : {}) } })
    // A review held on an earlier day is placed on that day in the history. One review is one entry (issue 15 item
    // 17): a RAG change it makes shows on it as from → to, with the reason after the review's notes.
    const at = reviewedOn < londonToday() ? reviewedOn : new Date()
    const note = ragChanged ? `${notes}\n\n${ragReason}` : notes
    await tx.iomMemberEvent.create({ data: { memberId, kind: 'REVIEW', fromValue: ragChanged ? member.rag : null, toValue: rag, note, byId: actor.userId, at } })
    await tx.riskFlag.updateMany({ where: { offenderId: member.offenderId, type: 'IOM', deregisteredAt: null }, data: { nextReviewDate: nextReviewOn } })
    await recordAudit(tx, actor, memberAudit('iom.member.review', member, { detail: { from: member.rag, to: rag } }))
    return done(member)
  })
}

/** The joint police and probation case plan, replaced as a whole; the history notes that it changed. */
export async function updateJointPlan(actor: Actor, input: unknown) {
  authorize(actor, 'iom.manage')
  const { memberId, version, jointPlan } = await parseAsDrawn(ZJointPlan, input, { id: 'memberId', check: (tx, id, v) => claimMember(tx, actor, id, v) })
  return prisma.$transaction(async (tx) => {
    const member = await claimMember(tx, actor, memberId, version)
    await tx.iomMember.update({ where: { id: memberId }, data: { jointPlan } })
    await tx.iomMemberEvent.create({ data: { memberId, kind: 'PLAN', note: '', byId: actor.userId } })
    await recordAudit(tx, actor, memberAudit('iom.member.plan', member))
    return done(member)
  })
}

/** The leads, and whether the person is drug tested and electronically monitored. */
export async function setArrangements(actor: Actor, input: unknown) {
  authorize(actor, 'iom.manage')
  const { memberId, version, ...arrangements } = await parseAsDrawn(ZArrangements, input, { id: 'memberId', check: (tx, id, v) => claimMember(tx, actor, id, v) })
  return prisma.$transaction(async (tx) => {
    const member = await claimMember(tx, actor, memberId, version)
    await checkLeads(tx, actor, member.cohort.region, member.offenderId, arrangements)
    await tx.iomMember.update({ where: { id: memberId }, data: arrangements })
    await recordAudit(tx, actor, memberAudit('iom.member.arrangements', member, { detail: arrangements }))
    return done(member)
  })
}
