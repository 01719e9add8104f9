import 'server-only'
import { parseAsDrawn } from '../as-drawn'
import { londonMidnight } from '../../lib/dates'
import { addMonths, deriveSentenceDates, periodEnd } from '../../lib/sentence-dates'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { invalid } from '../errors'
import { authorize, type Actor } from '../policy'
import { asDate } from '../zod-fields'
import { requirementRows } from './requirement-rows'
import { sentenceAsDrawn, sentenceForChange } from './sentence-for-change'
import { variedOrderTypes, ZVarySentence } from './variation.schemas'

const iso = (d: Date) => d.toISOString().slice(0, 10)

/**
 * A court's variation of a community, suspended or youth order: add a requirement, remove one (kept, dated: nothing
 * is deleted), or extend the order, which re-derives its end date. Each is one history entry and one audit row.
 */
export async function varySentence(actor: Actor, input: unknown) {
  authorize(actor, 'sentence.manage')
  const v = await parseAsDrawn(ZVarySentence, input, sentenceAsDrawn(actor))
  return prisma.$transaction(async (tx) => {
    const s = await sentenceForChange(tx, actor, v)
    // Requirements belong to community orders; a custodial sentence has licence conditions instead.
    if (!variedOrderTypes.includes(s.type)) throw invalid(v.change === 'EXTEND' ? 'extendMonths' : v.change === 'ADD_REQUIREMENT' ? 'kind' : 'requirementId', v.change === 'EXTEND' ? 'notForOrderType' : 'requirementNotForOrder')
    const sentenceDate = iso(s.startDate)
    const length = { months: s.lengthMonths ?? 0, days: s.lengthDays ?? 0 }
    let values: Record<string, string | number>
    if (v.change === 'ADD_REQUIREMENT') {
      const [row] = requirementRows(v.requirements)
      if (!row) throw invalid('kind', 'chooseOption')
      // A requirement cannot outlast the order (as at sentence).
      if (row.durationMonths !== null && addMonths(v.on, row.durationMonths) > periodEnd(sentenceDate, length)) throw invalid('amount', 'requirementLongerThanOrder')
      const created = await tx.sentenceRequirement.create({ data: { ...row, sentenceId: s.id }, select: { id: true } })
      values = { kind: row.kind, requirementId: created.id, on: v.on }
    } else if (v.change === 'REMOVE_REQUIREMENT') {
      const { count } = await tx.sentenceRequirement.updateMany({ where: { id: v.requirementId, sentenceId: s.id, removedOn: null, kind: { not: 'LICENCE_CONDITION' } }, data: { removedOn: asDate(v.on) } })
      if (count === 0) throw invalid('requirementId', 'chooseOption')
      const removed = await tx.sentenceRequirement.findUniqueOrThrow({ where: { id: v.requirementId }, select: { kind: true } })
      values = { kind: removed.kind, requirementId: v.requirementId, on: v.on }
    } else {
      const longer = { months: length.months + v.extendMonths, days: length.days }
      // Sentencing Code s.209(2): a community order (and a YRO) still ends within 3 years; an SSO's supervision within 2.
      const limit = s.type === 'SUSPENDED_SENTENCE_ORDER' ? 24 : 36
      if (periodEnd(sentenceDate, longer) >= addMonths(sentenceDate, limit)) throw invalid('extendMonths', s.type === 'SUSPENDED_SENTENCE_ORDER' ? 'ssoPeriodRange' : 'orderTooLong')
      const { expectedEndDate } = deriveSentenceDates({ type: 'COMMUNITY_ORDER', sentenceDate, length: longer })
      await tx.sentence.update({ where: { id: s.id }, data: { lengthMonths: longer.months, expectedEndDate: asDate(expectedEndDate) } })
      values = { months: v.extendMonths, endDate: expectedEndDate, on: v.on }
    }
    const type = v.change === 'ADD_REQUIREMENT' ? 'REQUIREMENT_ADDED' : v.change === 'REMOVE_REQUIREMENT' ? 'REQUIREMENT_REMOVED' : 'EXTENDED'
    await tx.sentenceEvent.create({ data: { sentenceId: s.id, offenderId: s.offenderId, type, values, actorId: actor.userId, occurredAt: londonMidnight(v.on) } })
    await recordAudit(tx, actor, { action: 'sentence.vary', subjectType: 'Sentence', subjectId: s.id, offenderId: s.offenderId, detail: { change: v.change, ...values, fromVersion: v.version } })
    return { id: s.id, offenderId: s.offenderId }
  })
}
