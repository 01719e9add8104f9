import { randomUUID } from 'node:crypto'
import type { Prisma, PrismaClient } from '../../src/generated/prisma/client'
import type { AccommodationStatus, EteStatus, TerminationReason } from '../../src/generated/prisma/enums'
import { londonMidnight } from '../../src/lib/dates'
import { deriveSentenceDates } from '../../src/lib/sentence-dates'
import { seededRandom, type Random } from './random'

const ACCOMMODATION: AccommodationStatus[] = ['SETTLED_SUITABLE', 'SETTLED_SUITABLE', 'SETTLED_SUITABLE', 'SETTLED_UNSUITABLE', 'UNSETTLED_TEMPORARY', 'NO_FIXED_ABODE', 'APPROVED_PREMISES']
const ETE: EteStatus[] = ['FULL_TIME', 'PART_TIME', 'SELF_EMPLOYED', 'EDUCATION_TRAINING', 'UNEMPLOYED_SEEKING', 'UNEMPLOYED_SEEKING', 'NOT_AVAILABLE']
const ENDINGS: TerminationReason[] = ['COMPLETED', 'COMPLETED', 'COMPLETED', 'EARLY_GOOD_PROGRESS', 'REVOKED_BREACH', 'REVOKED_FURTHER_OFFENCE', 'TRANSFERRED_OUT']
const iso = (d: Date) => d.toISOString().slice(0, 10)
const date = (d: string) => new Date(`${d}T00:00:00Z`)
const daysBefore = (d: Date, days: number) => new Date(d.getTime() - days * 86_400_000)

type Rows = {
  sentences: Prisma.SentenceCreateManyInput[]
  offences: Prisma.SentenceOffenceCreateManyInput[]
  requirements: Prisma.SentenceRequirementCreateManyInput[]
  events: Prisma.SentenceEventCreateManyInput[]
  snapshots: Prisma.CircumstanceSnapshotCreateManyInput[]
  proven: Prisma.ProvenOffenceCreateManyInput[]
}

/** An earlier community order, 3 to 6 years ago (outside every IOM look-back), ended with a reason and the snapshot. */
function earlierOrder(r: Random, rows: Rows, p: { id: string; offenderManagerId: string }, s: { indexOffence: string; offenceCategory: Prisma.SentenceCreateManyInput['offenceCategory']; court: string | null }) {
  const id = randomUUID()
  const start = iso(daysBefore(new Date(), r.int(3 * 365, 6 * 365)))
  const months = r.pick([12, 12, 18, 24])
  const { expectedEndDate } = deriveSentenceDates({ type: 'COMMUNITY_ORDER', sentenceDate: start, length: { months, days: 0 } })
  const reason = r.pick(ENDINGS)
  const ended = reason === 'COMPLETED' ? expectedEndDate : iso(daysBefore(date(expectedEndDate), r.int(30, 200)))
  const hours = r.pick([60, 100, 150, 200])
  rows.sentences.push({
    id, offenderId: p.id, type: 'COMMUNITY_ORDER', status: reason === 'COMPLETED' ? 'COMPLETED' : 'TERMINATED', indexOffence: s.indexOffence, offenceCategory: s.offenceCategory,
    court: s.court, lengthMonths: months, lengthDays: 0, startDate: date(start), expectedEndDate: date(expectedEndDate), terminatedOn: date(ended), terminationReason: reason, recordedById: p.offenderManagerId, version: 2,
  })
  rows.offences.push({ sentenceId: id, category: s.offenceCategory ?? 'OTHER', offenceDate: daysBefore(date(start), r.int(30, 150)), isMain: true, description: s.indexOffence })
  rows.requirements.push({ sentenceId: id, kind: 'UNPAID_WORK', description: '', unitsOrdered: hours, unitsCompleted: reason === 'COMPLETED' || reason === 'EARLY_GOOD_PROGRESS' ? hours : r.int(0, hours - 10) })
  if (r.chance(0.5)) rows.requirements.push({ sentenceId: id, kind: 'REHABILITATION_ACTIVITY', description: '', unitsOrdered: 15, unitsCompleted: r.int(5, 15) })
  const at = (d: string, h: number) => new Date(`${d}T${String(h).padStart(2, '0')}:00:00Z`)
  rows.events.push({ sentenceId: id, offenderId: p.id, type: 'RECORDED', values: { type: 'COMMUNITY_ORDER', court: s.court ?? '', sentenceDate: start, endDate: expectedEndDate }, actorId: p.offenderManagerId, occurredAt: londonMidnight(start), createdAt: at(start, 15) })
  const snapshot = { accommodation: r.pick(ACCOMMODATION), ete: r.pick(ETE) }
  rows.events.push({ sentenceId: id, offenderId: p.id, type: 'TERMINATED', values: { reason, terminatedOn: ended, ...snapshot }, actorId: p.offenderManagerId, occurredAt: londonMidnight(ended), createdAt: at(ended, 14) })
  rows.snapshots.push({ offenderId: p.id, sentenceId: id, occasion: 'SENTENCE_START', asAt: date(start), accommodation: r.pick(ACCOMMODATION), ete: r.pick(ETE), recordedById: p.offenderManagerId, createdAt: at(start, 15) })
  rows.snapshots.push({ offenderId: p.id, sentenceId: id, occasion: 'TERMINATION', asAt: date(ended), ...snapshot, recordedById: p.offenderManagerId, createdAt: at(ended, 14) })
}

/**
 * An earlier custodial sentence, 3 to 6 years ago: released at the derived date (automatic or on home detention curfew)
 * with the release snapshot, sometimes recalled and returned to custody, and completed at licence end.
 */
function earlierCustody(r: Random, rows: Rows, p: { id: string; offenderManagerId: string }, s: { indexOffence: string; offenceCategory: Prisma.SentenceCreateManyInput['offenceCategory']; court: string | null }) {
  const id = randomUUID()
  const start = iso(daysBefore(new Date(), r.int(3 * 365, 6 * 365)))
  const months = r.pick([6, 10, 16, 24])
  const d = deriveSentenceDates({ type: 'CUSTODY', sentenceDate: start, length: { months, days: 0 } })
  const at = (day: string, h: number) => new Date(`${day}T${String(h).padStart(2, '0')}:00:00Z`)
  rows.sentences.push({
    id, offenderId: p.id, type: 'CUSTODY', status: 'COMPLETED', indexOffence: s.indexOffence, offenceCategory: s.offenceCategory, court: s.court ?? 'Cardiff Crown Court',
    lengthMonths: months, lengthDays: 0, startDate: date(start), expectedEndDate: date(d.expectedEndDate), releaseDate: date(d.releaseDate!), releaseDateKind: d.releaseDateKind,
    licenceEndDate: date(d.licenceEndDate!), supervisionEndDate: d.supervisionEndDate ? date(d.supervisionEndDate) : null, terminatedOn: date(d.expectedEndDate), terminationReason: 'COMPLETED', recordedById: p.offenderManagerId, version: 3,
  })
  rows.offences.push({ sentenceId: id, category: s.offenceCategory ?? 'OTHER', offenceDate: daysBefore(date(start), r.int(30, 150)), isMain: true, description: s.indexOffence })
  rows.requirements.push({ sentenceId: id, kind: 'LICENCE_CONDITION', description: '', conditionCode: 'APPROVED_ADDRESS' }, { sentenceId: id, kind: 'LICENCE_CONDITION', description: '', conditionCode: 'KEEP_IN_TOUCH' })
  const event = (type: Prisma.SentenceEventCreateManyInput['type'], day: string, values: Record<string, string>) => rows.events.push({ sentenceId: id, offenderId: p.id, type, values: { on: day, ...values }, actorId: p.offenderManagerId, occurredAt: londonMidnight(day), createdAt: at(day, 12) })
  event('RECORDED', start, { type: 'CUSTODY', court: s.court ?? '', sentenceDate: start, endDate: d.expectedEndDate })
  const released = d.releaseDate!
  event('RELEASED', released, { releaseType: r.chance(0.3) ? 'HDC' : 'AUTOMATIC' })
  rows.snapshots.push({ offenderId: p.id, sentenceId: id, occasion: 'RELEASE', asAt: date(released), accommodation: r.pick(['APPROVED_PREMISES', 'UNSETTLED_TEMPORARY', 'SETTLED_SUITABLE', 'NO_FIXED_ABODE'] as const), ete: r.pick(ETE), recordedById: p.offenderManagerId, createdAt: at(released, 12) })
  if (r.chance(0.3)) {
    const recalled = iso(new Date(date(released).getTime() + r.int(20, 60) * 86_400_000))
    event('RECALLED', recalled, { recallType: r.pick(['STANDARD', 'FIXED_TERM']), reason: r.pick(['Failed to reside at the approved address', 'Missed appointments and lost contact', 'Further arrest for shoplifting']) })
    event('RETURNED_TO_CUSTODY', iso(new Date(date(recalled).getTime() + r.int(1, 5) * 86_400_000)), {})
  }
  const end = { accommodation: r.pick(ACCOMMODATION), ete: r.pick(ETE) }
  event('TERMINATED', d.expectedEndDate, { reason: 'COMPLETED', terminatedOn: d.expectedEndDate, ...end })
  rows.snapshots.push({ offenderId: p.id, sentenceId: id, occasion: 'TERMINATION', asAt: date(d.expectedEndDate), ...end, recordedById: p.offenderManagerId, createdAt: at(d.expectedEndDate, 12) })
}

/**
 * Court history for the demo people, so the outcome measures have data: the main offence and a "recorded" history
 * entry for every sentence, start snapshots, earlier orders ended with reasons and snapshots, and later convictions
 * and cautions (recorded by police in South Wales, otherwise by the offender manager). Its own random stream, so
 * the people the other seeds build stay the same.
 */
export async function seedSentences(db: PrismaClient, who: { policeUserId: string; policeAgencyId: string }) {
  const r = seededRandom(20_261_130)
  const rows: Rows = { sentences: [], offences: [], requirements: [], events: [], snapshots: [], proven: [] }
  const people = await db.offender.findMany({
    where: { offenderManagerId: { not: null } },
    orderBy: { crn: 'asc' },
    select: { id: true, offenderManagerId: true, responsibleAgencyId: true, ldu: { select: { region: true } }, sentences: { select: { id: true, type: true, indexOffence: true, offenceCategory: true, court: true, startDate: true } } },
  })
  for (const p of people) {
    const person = { id: p.id, offenderManagerId: p.offenderManagerId! }
    for (const s of p.sentences) {
      rows.offences.push({ sentenceId: s.id, category: s.offenceCategory, offenceDate: daysBefore(s.startDate, r.int(20, 120)), isMain: true, description: s.indexOffence })
      rows.events.push({ sentenceId: s.id, offenderId: p.id, type: 'RECORDED', values: { type: s.type, court: s.court ?? '', sentenceDate: iso(s.startDate) }, actorId: person.offenderManagerId, occurredAt: londonMidnight(iso(s.startDate)), createdAt: s.startDate })
      if (r.chance(0.6)) rows.snapshots.push({ offenderId: p.id, sentenceId: s.id, occasion: 'SENTENCE_START', asAt: s.startDate, accommodation: r.pick(ACCOMMODATION), ete: r.pick(ETE), recordedById: person.offenderManagerId, createdAt: s.startDate })
    }
    const current = p.sentences[0]
    if (current && r.chance(0.4)) earlierOrder(r, rows, person, current)
    else if (current && r.chance(0.15)) earlierCustody(r, rows, person, current)
    if (current && r.chance(0.25)) {
      // A further offence after the current sentence began: proven some weeks later, never in the future.
      const offenceDate = new Date(Math.min(Date.now() - 40 * 86_400_000, current.startDate.getTime() + r.int(20, 200) * 86_400_000))
      const provenOn = new Date(Math.min(Date.now() - 86_400_000, offenceDate.getTime() + r.int(7, 35) * 86_400_000))
      if (offenceDate < current.startDate) continue
      const byPolice = p.ldu?.region === 'SOUTH_WALES' && r.chance(0.5)
      const caution = r.chance(0.35)
      rows.proven.push({
        offenderId: p.id,
        offenceDate: date(iso(offenceDate)),
        provenOn: date(iso(provenOn)),
        occurredAt: londonMidnight(iso(provenOn)),
        category: r.pick(['ACQUISITIVE', 'ACQUISITIVE', 'VIOLENCE', 'PUBLIC_ORDER', 'DRUGS', 'MOTORING'] as const),
        disposal: caution ? 'CAUTION' : 'CONVICTION',
        sentenceType: caution ? null : r.pick(['COMMUNITY_ORDER', 'SUSPENDED_SENTENCE_ORDER', 'CUSTODY'] as const),
        description: caution ? 'Cautioned at the police station' : null,
        recordedById: byPolice ? who.policeUserId : person.offenderManagerId,
        recordedAgencyId: byPolice ? who.policeAgencyId : p.responsibleAgencyId,
        idempotencyKey: randomUUID(),
      })
    }
  }
  await db.sentence.createMany({ data: rows.sentences })
  await db.sentenceOffence.createMany({ data: rows.offences })
  await db.sentenceRequirement.createMany({ data: rows.requirements })
  await db.sentenceEvent.createMany({ data: rows.events })
  await db.circumstanceSnapshot.createMany({ data: rows.snapshots })
  await db.provenOffence.createMany({ data: rows.proven })
}
