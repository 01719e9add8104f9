import type { PrismaClient } from '../../src/generated/prisma/client'
import { DAY } from './random'

/**
 * A case for the enforcement journey (issue 13), on the demo officer's caseload and sorted last by surname so the
 * other journeys' rows stay where they were: an absence 14 months ago (outside the 12-month count), an acceptable
 * absence and an attended appointment, then two recent appointments still waiting for their outcome. Recording
 * both as failures to attend walks the rule: the first earns a warning, the second prompts breach.
 */
export async function seedEnforcementCase(db: PrismaClient, officerId: string) {
  const like = await db.offender.findFirstOrThrow({
    where: { offenderManagerId: officerId, responsibleAgency: { code: 'NPS-WALES' } },
    orderBy: { crn: 'asc' },
    select: { responsibleAgencyId: true, lduId: true, teamId: true, localAuthorityId: true, town: true },
  })
  const person = await db.offender.create({
    data: {
      ...like,
      crn: 'W199990',
      firstName: 'Geraint',
      lastName: 'Wynne',
      dateOfBirth: new Date('1994-08-17'),
      sex: 'MALE',
      nationality: 'British',
      preferredLanguage: 'cy',
      addressLine1: '14 Heol y Parc',
      offenderManagerId: officerId,
    },
  })
  const ago = (ms: number) => new Date(Date.now() - ms)
  const appointment = { offenderId: person.id, type: 'APPOINTMENT' as const, notes: 'Supervision appointment at the probation office.', location: 'Probation office', authorId: officerId, authorAgencyId: like.responsibleAgencyId }
  await db.contact.createMany({
    data: [
      { ...appointment, occurredAt: ago(425 * DAY), outcome: 'FAILED_TO_ATTEND', outcomeRecordedAt: ago(424 * DAY) },
      { ...appointment, occurredAt: ago(90 * DAY), outcome: 'ACCEPTABLE_ABSENCE', absenceReason: 'GP letter: chest infection.', outcomeRecordedAt: ago(89 * DAY) },
      { ...appointment, occurredAt: ago(60 * DAY), outcome: 'ATTENDED', outcomeRecordedAt: ago(60 * DAY) },
      { ...appointment, occurredAt: ago(26 * 3600_000) },
      { ...appointment, occurredAt: ago(3 * 3600_000) },
    ],
  })
}
