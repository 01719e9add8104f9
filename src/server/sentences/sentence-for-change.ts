import 'server-only'
import type { Prisma } from '../../generated/prisma/client'
import type { Tx } from '../db'
import { AppError, invalid, notFound, staleRefusal } from '../errors'
import { assertWritableOffender } from '../offenders/assert-writable'
import { offenderVisible, type Actor } from '../policy'
import { asDate } from '../zod-fields'

/** For parseAsDrawn: whether the sentence a form names is still active and at the version the form was drawn from. */
export const sentenceAsDrawn = (actor: Actor) => ({ id: 'sentenceId', check: (tx: Tx, sentenceId: string, version: number) => sentenceForChange(tx, actor, { sentenceId, version }) })

/**
 * Every change to a sentence starts here: the sentence must be one the actor may change (out of scope NOT_FOUND,
 * read-only FORBIDDEN), still active, dated on or after it began, and at the version the form was built from; the
 * version moves on with `data`, so a second save from a stale form is a CONFLICT (security.md RL-1). Without `on`
 * (parseAsDrawn's check) no date is checked.
 */
export async function sentenceForChange(tx: Tx, actor: Actor, change: { sentenceId: string; version: number; on?: string }, data: Prisma.SentenceUpdateManyMutationInput = {}, dateField = 'on') {
  const sentence = await tx.sentence.findFirst({
    where: { id: change.sentenceId, offender: offenderVisible(actor) },
    select: { id: true, offenderId: true, status: true, type: true, startDate: true, version: true, lengthMonths: true, lengthDays: true, custodialTermMonths: true, custodialTermDays: true },
  })
  if (!sentence) throw notFound()
  await assertWritableOffender(tx, actor, sentence.offenderId)
  // Only a form drawn before the order ended reaches this: a stale refusal, offering the reload (and said at the top
  // of the page when posted without the script: walk 57 F2).
  if (sentence.status !== 'ACTIVE') throw staleRefusal('sentenceEnded')
  if (change.on !== undefined && asDate(change.on) < sentence.startDate) throw invalid(dateField, 'beforeSentence')
  const { count } = await tx.sentence.updateMany({ where: { id: sentence.id, version: change.version, status: 'ACTIVE' }, data: { ...data, version: { increment: 1 } } })
  if (count === 0) throw new AppError('CONFLICT', 'CONFLICT', undefined, { current: { version: sentence.version } })
  return sentence
}
