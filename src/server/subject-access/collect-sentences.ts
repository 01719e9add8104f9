import 'server-only'
import type { Tx } from '../db'
import { toRow } from './bundle-row'
import type { Sections } from './bundle.types'

/**
 * Sentences and orders with their offences, requirements (and conditions) and history events, and further proven
 * offences (issue 17 "sentences/orders and events").
 */
export async function collectSentences(tx: Tx, offenderId: string): Promise<Partial<Sections>> {
  const sentenceOf = { sentence: { offenderId } }
  const [sentences, offences, requirements, events, proven] = await Promise.all([
    tx.sentence.findMany({ where: { offenderId }, orderBy: [{ startDate: 'asc' }, { id: 'asc' }] }),
    tx.sentenceOffence.findMany({ where: sentenceOf, orderBy: [{ offenceDate: 'asc' }, { id: 'asc' }] }),
    tx.sentenceRequirement.findMany({ where: sentenceOf, orderBy: { id: 'asc' } }),
    tx.sentenceEvent.findMany({ where: { offenderId }, orderBy: [{ occurredAt: 'asc' }, { createdAt: 'asc' }] }),
    tx.provenOffence.findMany({ where: { offenderId }, orderBy: [{ provenOn: 'asc' }, { id: 'asc' }] }),
  ])
  return {
    sentences: sentences.map((s) => toRow(s)),
    sentenceOffences: offences.map((o) => toRow(o)),
    requirements: requirements.map((r) => toRow(r)),
    sentenceEvents: events.map((e) => toRow(e)),
    provenOffences: proven.map((p) => toRow(p)),
  }
}
