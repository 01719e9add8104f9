import 'server-only'
import { parseAsDrawn } from '../as-drawn'
import { dateOnly, londonMidnight } from '../../lib/dates'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { invalid } from '../errors'
import { authorize, type Actor } from '../policy'
import { asDate } from '../zod-fields'
import { sentenceAsDrawn, sentenceForChange } from './sentence-for-change'
import { releaseProblem } from './ending-rules'
import { ZCustodyEvent, type TCustodyEvent } from './variation.schemas'

type Custody = 'IN_CUSTODY' | 'RELEASED' | 'RECALLED'
/** What each event needs the person to be, and what it makes them: release from custody, recall while out, return after recall. */
const transitions: Record<TCustodyEvent['event'], { from: Custody; to: Custody }> = {
  RELEASED: { from: 'IN_CUSTODY', to: 'RELEASED' },
  RECALLED: { from: 'RELEASED', to: 'RECALLED' },
  RETURNED_TO_CUSTODY: { from: 'RECALLED', to: 'IN_CUSTODY' },
}

/**
 * Release (automatic, home detention curfew, parole), recall (standard or fixed-term, with the reason) and return to
 * custody on a custodial sentence, in that order, each on the sentence's history. A release may carry the person's
 * accommodation and employment, the third moment the strategy measures them (P3: settled accommodation on release).
 */
export async function recordCustodyEvent(actor: Actor, input: unknown) {
  authorize(actor, 'sentence.manage')
  const e = await parseAsDrawn(ZCustodyEvent, input, sentenceAsDrawn(actor))
  return prisma.$transaction(async (tx) => {
    const s = await sentenceForChange(tx, actor, e)
    if (s.type !== 'CUSTODY') throw invalid('event', 'notForOrderType')
    const last = await tx.sentenceEvent.findFirst({
      where: { sentenceId: s.id, type: { in: ['RELEASED', 'RECALLED', 'RETURNED_TO_CUSTODY'] } },
      orderBy: { createdAt: 'desc' },
      select: { type: true, values: true },
    })
    const state: Custody = last ? transitions[last.type as TCustodyEvent['event']].to : 'IN_CUSTODY'
    if (state !== transitions[e.event].from) throw invalid('event', 'custodyOrder')
    const lastOn = (last?.values as { on?: string } | null)?.on
    if (lastOn && e.on < lastOn) throw invalid('on', 'custodyOrder')
    const values: Record<string, string> = { on: e.on }
    if (e.event === 'RELEASED') {
      values.releaseType = e.releaseType
      if (!last) {
        const dates = await tx.sentence.findUniqueOrThrow({ where: { id: s.id }, select: { releaseDate: true, paroleEligibilityDate: true } })
        const problem = releaseProblem(e.releaseType, e.on, { releaseDate: dates.releaseDate && dateOnly(dates.releaseDate), paroleEligibilityDate: dates.paroleEligibilityDate && dateOnly(dates.paroleEligibilityDate) })
        if (problem) throw invalid(problem.field, problem.key)
      }
      if (e.accommodation && e.ete) {
        await tx.circumstanceSnapshot.create({ data: { offenderId: s.offenderId, sentenceId: s.id, occasion: 'RELEASE', asAt: asDate(e.on), accommodation: e.accommodation, ete: e.ete, recordedById: actor.userId } })
      }
    }
    if (e.event === 'RECALLED') Object.assign(values, { recallType: e.recallType, reason: e.reason })
    await tx.sentenceEvent.create({ data: { sentenceId: s.id, offenderId: s.offenderId, type: e.event, values, actorId: actor.userId, occurredAt: londonMidnight(e.on) } })
    await recordAudit(tx, actor, { action: 'sentence.custody', subjectType: 'Sentence', subjectId: s.id, offenderId: s.offenderId, detail: { event: e.event, ...values, fromVersion: e.version } })
    return { id: s.id, offenderId: s.offenderId }
  })
}
