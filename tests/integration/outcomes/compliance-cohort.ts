import { prisma } from '../../../src/server/db'
import { londonMidnight } from '../../../src/lib/dates'
import { buildOutcomeWorld, day } from './outcome-world'

/**
 * Releases, endings, appointments and enforcement in 2025-Q3 (1 July to 30 September, London) in an LDU of their
 * own, with the hand-worked values in resettlement-compliance.int.test.ts.
 */
export async function buildComplianceCohort() {
  const w = await buildOutcomeWorld()
  const { person, sentence, release, enforcement } = w
  const snapshot = (offenderId: string, o: { asAt: string; accommodation: 'SETTLED_SUITABLE' | 'NO_FIXED_ABODE' | 'UNSETTLED_TEMPORARY'; ete: 'FULL_TIME' | 'PART_TIME' | 'UNEMPLOYED_SEEKING' | 'EDUCATION_TRAINING'; occasion?: 'RELEASE' | 'REVIEW' | 'TERMINATION'; sentenceId?: string }) =>
    prisma.circumstanceSnapshot.create({ data: { offenderId, sentenceId: o.sentenceId, occasion: o.occasion ?? 'REVIEW', asAt: day(o.asAt), accommodation: o.accommodation, ete: o.ete, recordedById: w.officer.id } })

  // Releases: recorded with the release; recorded four days later; recorded too late (19 days); not recorded.
  const [r1, r2, r3, r4] = [await person(), await person(), await person(), await person()]
  await release(r1.id, '2025-07-10')
  await snapshot(r1.id, { asAt: '2025-07-10', accommodation: 'SETTLED_SUITABLE', ete: 'FULL_TIME', occasion: 'RELEASE' })
  await release(r2.id, '2025-08-01')
  await snapshot(r2.id, { asAt: '2025-08-05', accommodation: 'NO_FIXED_ABODE', ete: 'UNEMPLOYED_SEEKING' })
  await release(r3.id, '2025-09-01')
  await snapshot(r3.id, { asAt: '2025-09-20', accommodation: 'SETTLED_SUITABLE', ete: 'FULL_TIME' })
  await release(r4.id, '2025-09-30')

  // Endings: completed after a breach (Q1); revoked after a breach in Q3; a recalled licence completed; a death
  // (not counted); an ending in Q4 (outside).
  async function ended(type: 'COMMUNITY_ORDER' | 'SUSPENDED_SENTENCE_ORDER' | 'LICENCE', start: string, on: string, reason: 'COMPLETED' | 'REVOKED_BREACH' | 'DIED', at: { accommodation: 'SETTLED_SUITABLE' | 'UNSETTLED_TEMPORARY'; ete: 'PART_TIME' | 'UNEMPLOYED_SEEKING' | 'EDUCATION_TRAINING' }) {
    const p = await person()
    const s = await sentence(p.id, type, start)
    await prisma.sentence.update({ where: { id: s.id }, data: { status: reason === 'COMPLETED' ? 'COMPLETED' : 'TERMINATED', terminatedOn: day(on), terminationReason: reason } })
    await snapshot(p.id, { asAt: on, occasion: 'TERMINATION', sentenceId: s.id, ...at })
    return { person: p, sentence: s }
  }
  const t1 = await ended('COMMUNITY_ORDER', '2025-01-01', '2025-07-20', 'COMPLETED', { accommodation: 'SETTLED_SUITABLE', ete: 'PART_TIME' })
  await enforcement(t1.person.id, 'BREACH', '2025-03-01', '2025-03-02')
  const t2 = await ended('SUSPENDED_SENTENCE_ORDER', '2025-02-01', '2025-08-20', 'REVOKED_BREACH', { accommodation: 'UNSETTLED_TEMPORARY', ete: 'UNEMPLOYED_SEEKING' })
  await enforcement(t2.person.id, 'BREACH', '2025-08-01', '2025-08-02')
  const t3 = await ended('LICENCE', '2024-09-01', '2025-09-10', 'COMPLETED', { accommodation: 'SETTLED_SUITABLE', ete: 'EDUCATION_TRAINING' })
  await prisma.sentenceEvent.create({ data: { sentenceId: t3.sentence.id, offenderId: t3.person.id, type: 'RECALLED', values: { on: '2025-01-10' }, actorId: w.officer.id, occurredAt: londonMidnight('2025-01-10') } })
  await ended('COMMUNITY_ORDER', '2025-01-01', '2025-09-15', 'DIED', { accommodation: 'SETTLED_SUITABLE', ete: 'PART_TIME' })
  await ended('COMMUNITY_ORDER', '2025-01-01', '2025-10-02', 'COMPLETED', { accommodation: 'SETTLED_SUITABLE', ete: 'PART_TIME' })

  // Appointments of one person, by London date: 1 July 00:30 BST is 30 June 23:30 UTC (in Q3); 1 October 00:30 BST
  // is 30 September 23:30 UTC (not in Q3). A cancelled appointment and one without an outcome do not count.
  const a = await person()
  const appointment = (at: string, outcome: 'ATTENDED' | 'ACCEPTABLE_ABSENCE' | null, cancelled = false) =>
    prisma.contact.create({ data: { offenderId: a.id, type: 'APPOINTMENT', occurredAt: new Date(at), outcome, notes: 'Appointment', authorId: w.officer.id, authorAgencyId: w.agency.id, cancelledAt: cancelled ? new Date(at) : null } })
  for (const at of ['2025-06-30T23:30:00Z', '2025-07-14T09:00:00Z', '2025-08-11T09:00:00Z', '2025-09-08T09:00:00Z']) await appointment(at, 'ATTENDED')
  await appointment('2025-09-30T23:30:00Z', 'ATTENDED')
  await appointment('2025-09-15T09:00:00Z', 'ACCEPTABLE_ABSENCE')
  await appointment('2025-09-22T09:00:00Z', 'ATTENDED', true)
  await appointment('2025-09-29T09:00:00Z', null)
  await enforcement(a.id, 'WARNING', '2025-07-04', '2025-07-05')
  await enforcement(a.id, 'RECALL', '2025-08-31', '2025-09-01')
  await enforcement(a.id, 'WARNING', '2025-09-02', '2025-09-03', 'AWAITING_COUNTERSIGNATURE')
  return { ldu: w.ldu, manager: w.manager }
}
