import { randomUUID } from 'node:crypto'
import { prisma } from '../../../src/server/db'
import type { OffenceCategory, ProvenDisposal, Sex, SentenceType } from '../../../src/generated/prisma/enums'
import { londonMidnight } from '../../../src/lib/dates'
import { actorOf } from '../../support/actor'
import { fixtureCrn, hexTag, nextFixtureNumber } from '../../support/unique'

const day = (d: string) => new Date(`${d}T00:00:00Z`)

/**
 * A synthetic proven reoffending cohort in its own LDU, so its figures can be read apart from every other test's
 * data. Each person is one edge of the MoJ definition; the hand-worked values are in reoffending.int.test.ts.
 */
export async function buildReoffendingCohort() {
  const tag = hexTag(await nextFixtureNumber(prisma))
  const agency = await prisma.agency.create({ data: { code: `OUT-${tag}`, name: `Outcomes NPS ${tag}`, kind: 'NPS' } })
  const ldu = await prisma.area.create({ data: { code: `OUT-LDU-${tag}`, name: `Outcomes LDU ${tag}`, region: 'NORTH_WALES', agencyId: agency.id } })
  const las = await Promise.all(['A', 'B'].map((s) => prisma.localAuthority.create({ data: { code: `LA${s}${tag}`.slice(0, 20), name: `Authority ${s} ${tag}`, region: 'NORTH_WALES' } })))
  const officer = await prisma.user.create({ data: { email: `outcomes-${tag}@llwybr.test`, name: 'Outcomes officer', roles: ['PROBATION_OFFICER'], agencyId: agency.id } })
  const manager = await prisma.user.create({ data: { email: `outcomes-manager-${tag}@llwybr.test`, name: 'Outcomes manager', roles: ['STRATEGIC_MANAGER'], agencyId: agency.id } })

  async function person(o: { sex?: Sex; dateOfBirth?: string; la?: 0 | 1 } = {}) {
    const n = await nextFixtureNumber(prisma)
    return prisma.offender.create({
      data: {
        crn: fixtureCrn(n), firstName: 'Cohort', lastName: `Member${n}`, dateOfBirth: day(o.dateOfBirth ?? '1985-06-01'), sex: o.sex ?? 'MALE',
        responsibleAgencyId: agency.id, lduId: ldu.id, localAuthorityId: o.la === undefined ? null : las[o.la]!.id,
      },
    })
  }
  const sentence = (offenderId: string, type: SentenceType, startDate: string) =>
    prisma.sentence.create({ data: { offenderId, type, startDate: day(startDate), expectedEndDate: day('2027-12-31'), indexOffence: 'Index offence' } })
  const proven = (offenderId: string, o: { offence: string; proven: string; disposal?: ProvenDisposal; category?: OffenceCategory }) =>
    prisma.provenOffence.create({
      data: {
        offenderId, offenceDate: day(o.offence), provenOn: day(o.proven), disposal: o.disposal ?? 'CONVICTION', category: o.category ?? 'ACQUISITIVE',
        recordedById: officer.id, recordedAgencyId: agency.id, idempotencyKey: randomUUID(), occurredAt: londonMidnight(o.proven),
      },
    })
  async function release(offenderId: string, on: string) {
    const custody = await sentence(offenderId, 'CUSTODY', '2024-06-01')
    // occurredAt is London midnight: 1 April 2025 (BST) is 31 March 23:00 UTC, still the first day of Q2 in London.
    await prisma.sentenceEvent.create({ data: { sentenceId: custody.id, offenderId, type: 'RELEASED', values: { on, releaseType: 'AUTOMATIC' }, actorId: officer.id, occurredAt: londonMidnight(on) } })
  }

  // 2025-Q1 (final on 30 November 2026).
  const waiting = await person({ sex: 'FEMALE', la: 0 })
  await sentence(waiting.id, 'COMMUNITY_ORDER', '2025-01-10')
  await proven(waiting.id, { offence: '2025-12-20', proven: '2026-05-01' }) // committed in follow-up, proven in waiting: counts

  const tooLate = await person({ la: 0 })
  await sentence(tooLate.id, 'COMMUNITY_ORDER', '2025-02-01')
  await proven(tooLate.id, { offence: '2025-11-01', proven: '2026-09-01' }) // proven after 18 months: does not

  const before = await person({ sex: 'FEMALE', la: 1 })
  await sentence(before.id, 'COMMUNITY_ORDER', '2025-03-01')
  await proven(before.id, { offence: '2025-02-15', proven: '2025-04-01' }) // committed before the start: does not

  const breach = await person({ la: 1 })
  await sentence(breach.id, 'SUSPENDED_SENTENCE_ORDER', '2025-01-20')
  const absence = await prisma.contact.create({ data: { offenderId: breach.id, type: 'APPOINTMENT', occurredAt: day('2025-02-10'), outcome: 'FAILED_TO_ATTEND', notes: 'Did not attend', authorId: officer.id, authorAgencyId: agency.id } })
  await prisma.enforcementAction.create({ data: { offenderId: breach.id, failureContactId: absence.id, status: 'ISSUED', kind: 'BREACH', decidedById: officer.id, decidedAt: day('2025-02-11') } })

  // Caution on the last day of Q1 and release on the first day of Q2: in both cohorts; one violent reoffence.
  const twoCohorts = await person()
  // A street caution for an offence the same day: only its own row keeps it from counting as its reoffence.
  await proven(twoCohorts.id, { offence: '2025-03-31', proven: '2025-03-31', disposal: 'CAUTION' })
  await release(twoCohorts.id, '2025-04-01')
  await proven(twoCohorts.id, { offence: '2025-06-01', proven: '2025-08-01', category: 'VIOLENCE' })

  const twice = await person({ dateOfBirth: '2004-01-01' }) // 21 at start: a young adult
  await sentence(twice.id, 'SUSPENDED_SENTENCE_ORDER', '2025-01-05')
  await proven(twice.id, { offence: '2025-02-01', proven: '2025-04-01' })
  await proven(twice.id, { offence: '2025-03-01', proven: '2025-05-01' })

  // Two starts in one quarter: counted once, from the first.
  const firstStart = await person()
  await sentence(firstStart.id, 'COMMUNITY_ORDER', '2025-01-15')
  await release(firstStart.id, '2025-02-20')
  await proven(firstStart.id, { offence: '2025-01-20', proven: '2025-03-10' })

  // 2025-Q3: twelve orders, six reoffending once each within a month (enough people for rates to be shown).
  for (let i = 0; i < 12; i++) {
    const p = await person({ la: (i % 2) as 0 | 1 })
    await sentence(p.id, 'COMMUNITY_ORDER', '2025-07-15')
    if (i < 6) await proven(p.id, { offence: '2025-08-15', proven: '2025-09-15' })
  }
  return { ldu, las, manager: await actorOf(manager), officer: await actorOf(officer) }
}
