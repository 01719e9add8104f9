import 'server-only'
import { londonMidnight } from '../../lib/dates'
import { deriveSentenceDates } from '../../lib/sentence-dates'
import { recordAudit } from '../audit/record-audit'
import { prisma, type Tx } from '../db'
import { invalid } from '../errors'
import { createOnce, replayOf } from '../idempotency'
import { assertWritableOffender } from '../offenders/assert-writable'
import { authorize, type Actor } from '../policy'
import { asDate } from '../zod-fields'
import { ZCourtOutcome, type TCourtOutcome } from './court-outcome.schemas'
import { licenceConditionRows, requirementRows } from './requirement-rows'
import { sentenceForChange } from './sentence-for-change'

const orNull = (d: string | null) => (d ? asDate(d) : null)

/** Ends the order a re-sentence replaces: revoked, dated the new sentence's day, with the termination snapshot. */
async function revoke(tx: Tx, actor: Actor, c: TCourtOutcome, target: { sentenceId: string; version: number }, reason: 'REVOKED_BREACH' | 'REVOKED_FURTHER_OFFENCE') {
  const old = await sentenceForChange(tx, actor, { ...target, on: c.sentenceDate }, { status: 'TERMINATED', terminationReason: reason, terminatedOn: asDate(c.sentenceDate) }, 'sentenceDate')
  if (old.offenderId !== c.offenderId) throw invalid('revokes', 'chooseOption')
  const values = { reason, terminatedOn: c.sentenceDate, accommodation: c.accommodation!, ete: c.ete! }
  await tx.circumstanceSnapshot.create({ data: { offenderId: c.offenderId, sentenceId: old.id, occasion: 'TERMINATION', asAt: asDate(c.sentenceDate), accommodation: c.accommodation!, ete: c.ete!, recordedById: actor.userId } })
  await tx.sentenceEvent.create({ data: { sentenceId: old.id, offenderId: c.offenderId, type: 'TERMINATED', values, actorId: actor.userId, occurredAt: londonMidnight(c.sentenceDate) } })
  await recordAudit(tx, actor, { action: 'sentence.terminate', subjectType: 'Sentence', subjectId: old.id, offenderId: c.offenderId, detail: { ...values, resentenced: true, fromVersion: target.version } })
  return old.id
}

function datesOf(c: TCourtOutcome) {
  const length = { months: c.lengthMonths ?? 0, days: c.lengthDays ?? 0 }
  if (c.type === 'SUSPENDED_SENTENCE_ORDER') return deriveSentenceDates({ type: c.type, sentenceDate: c.sentenceDate, length, custodialTerm: { months: c.custodialTermMonths ?? 0, days: c.custodialTermDays ?? 0 } })
  if (c.type === 'CUSTODY') return deriveSentenceDates({ type: c.type, sentenceDate: c.sentenceDate, length, extensionMonths: c.extensionMonths })
  return deriveSentenceDates({ type: c.type, sentenceDate: c.sentenceDate, length })
}

/**
 * Records what the court decided: the offences, the disposal with its derived dates, the requirements or the licence,
 * and (when the officer has it) the person's accommodation and employment at the start. One transaction, audited;
 * a replay of the same form returns the sentence it already recorded (security.md RL-2).
 */
export async function recordCourtOutcome(actor: Actor, input: unknown) {
  authorize(actor, 'sentence.manage')
  const c = ZCourtOutcome.parse(input)
  return createOnce(() =>
    prisma.$transaction(async (tx) => {
      const earlier = await tx.sentence.findUnique({ where: { idempotencyKey: c.idempotencyKey }, select: { id: true, offenderId: true, recordedById: true } })
      const replay = replayOf(earlier, actor, c.offenderId)
      if (replay) return replay
      await assertWritableOffender(tx, actor, c.offenderId)
      // Revoke and re-sentence: the old order ends, revoked, on the day of the new sentence, in this same transaction.
      const revoked = c.revokes && c.revokeReason ? await revoke(tx, actor, c, c.revokes, c.revokeReason) : null
      const dates = datesOf(c)
      const main = c.offences.find((o) => o.isMain)!
      const rows = c.type === 'CUSTODY' ? licenceConditionRows(c.additionalConditions) : requirementRows(c.requirements)
      const sentence = await tx.sentence.create({
        data: {
          offenderId: c.offenderId,
          type: c.type,
          indexOffence: main.description,
          offenceCategory: main.category,
          court: c.court,
          lengthMonths: c.lengthMonths ?? 0,
          lengthDays: c.lengthDays ?? 0,
          custodialTermMonths: c.custodialTermMonths ?? null,
          custodialTermDays: c.custodialTermDays ?? null,
          extensionMonths: c.extensionMonths ?? null,
          startDate: asDate(c.sentenceDate),
          expectedEndDate: asDate(dates.expectedEndDate),
          releaseDate: orNull(dates.releaseDate),
          releaseDateKind: dates.releaseDateKind,
          paroleEligibilityDate: orNull(dates.paroleEligibilityDate),
          licenceEndDate: orNull(dates.licenceEndDate),
          supervisionEndDate: orNull(dates.supervisionEndDate),
          recordedById: actor.userId,
          idempotencyKey: c.idempotencyKey,
          offences: { create: c.offences.map((o) => ({ ...o, offenceDate: asDate(o.offenceDate) })) },
          requirements: { create: rows },
        },
        select: { id: true },
      })
      const values = { type: c.type, court: c.court, sentenceDate: c.sentenceDate, endDate: dates.expectedEndDate, requirements: rows.filter((r) => r.kind !== 'LICENCE_CONDITION').map((r) => r.kind), ...(revoked ? { revokes: revoked } : {}) }
      await tx.sentenceEvent.create({ data: { sentenceId: sentence.id, offenderId: c.offenderId, type: 'RECORDED', values, actorId: actor.userId, occurredAt: londonMidnight(c.sentenceDate) } })
      if (c.accommodation && c.ete) {
        await tx.circumstanceSnapshot.create({
          data: { offenderId: c.offenderId, sentenceId: sentence.id, occasion: 'SENTENCE_START', asAt: asDate(c.sentenceDate), accommodation: c.accommodation, ete: c.ete, recordedById: actor.userId },
        })
      }
      await recordAudit(tx, actor, { action: 'sentence.record', subjectType: 'Sentence', subjectId: sentence.id, offenderId: c.offenderId, detail: { ...values, offences: c.offences.length } })
      return { id: sentence.id, offenderId: c.offenderId }
    }),
  )
}
