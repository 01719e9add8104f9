import { randomUUID } from 'node:crypto'
import { prisma } from '../../../src/server/db'
import type { OffenceCategory, ProvenDisposal, Sex, SentenceType } from '../../../src/generated/prisma/enums'
import { londonMidnight } from '../../../src/lib/dates'
import { actorOf } from '../../support/actor'
import { fixtureCrn, hexTag, nextFixtureNumber } from '../../support/unique'

export const day = (d: string) => new Date(`${d}T00:00:00Z`)

/**
 * An LDU of its own with an agency, two local authorities, an officer and a strategic manager, and builders for the
 * events outcome figures are computed from; a fixture built in it can be read apart from every other test's data.
 */
export async function buildOutcomeWorld() {
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

  /** A failure to attend on `on` and the enforcement decision it led to, issued (or not) on `decided`. */
  async function enforcement(offenderId: string, kind: 'WARNING' | 'BREACH' | 'RECALL', on: string, decided: string, status: 'ISSUED' | 'AWAITING_COUNTERSIGNATURE' = 'ISSUED') {
    const absence = await prisma.contact.create({ data: { offenderId, type: 'APPOINTMENT', occurredAt: day(on), outcome: 'FAILED_TO_ATTEND', notes: 'Did not attend', authorId: officer.id, authorAgencyId: agency.id } })
    await prisma.enforcementAction.create({ data: { offenderId, failureContactId: absence.id, status, kind, decidedById: officer.id, decidedAt: day(decided) } })
  }
  return { agency, ldu, las, officer, person, sentence, proven, release, enforcement, manager: await actorOf(manager), officerActor: await actorOf(officer) }
}
