import 'server-only'
import { releaseSnapshotDue } from '../../lib/release-snapshot'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { notFound } from '../errors'
import { ZOffenderId } from '../offenders/offender.schemas'
import { personHeading } from '../offenders/person-heading'
import { authorize, can, offenderVisible, offenderWritable, type Actor } from '../policy'

const who = { select: { name: true } } as const

/**
 * A person's court history: every sentence (active and ended) with its offences, requirements or licence, derived dates
 * and change history; accommodation and employment over time; further convictions and cautions. The view is audited.
 */
export async function getSentences(actor: Actor, id: unknown) {
  authorize(actor, 'offender.read')
  const parsed = ZOffenderId.safeParse(id)
  if (!parsed.success) throw notFound()
  const offenderId = parsed.data
  const person = await prisma.offender.findFirst({
    where: { AND: [{ id: offenderId }, offenderVisible(actor)] },
    select: {
      ...personHeading,
      sentences: {
        orderBy: [{ startDate: 'desc' }, { id: 'asc' }],
        select: {
          id: true,
          type: true,
          status: true,
          court: true,
          startDate: true,
          expectedEndDate: true,
          lengthMonths: true,
          lengthDays: true,
          custodialTermMonths: true,
          custodialTermDays: true,
          extensionMonths: true,
          releaseDate: true,
          releaseDateKind: true,
          paroleEligibilityDate: true,
          licenceEndDate: true,
          supervisionEndDate: true,
          terminatedOn: true,
          terminationReason: true,
          version: true,
          offences: { orderBy: [{ isMain: 'desc' }, { offenceDate: 'asc' }], select: { id: true, category: true, offenceDate: true, isMain: true, description: true } },
          requirements: {
            orderBy: { id: 'asc' },
            select: { id: true, kind: true, description: true, unitsOrdered: true, unitsCompleted: true, durationMonths: true, hoursPerDay: true, conditionCode: true, removedOn: true },
          },
          events: { orderBy: { createdAt: 'desc' }, select: { id: true, type: true, values: true, createdAt: true, actor: who } },
        },
      },
      circumstances: { orderBy: [{ asAt: 'desc' }, { createdAt: 'desc' }], select: { id: true, occasion: true, asAt: true, accommodation: true, ete: true, recordedBy: who } },
      provenOffences: {
        orderBy: [{ provenOn: 'desc' }, { id: 'asc' }],
        select: { id: true, offenceDate: true, category: true, provenOn: true, disposal: true, sentenceType: true, description: true, recordedBy: who, recordedAgency: { select: { name: true, nameCy: true } } },
      },
    },
  })
  if (!person) throw notFound()
  const writable = (await prisma.offender.count({ where: { AND: [{ id: offenderId }, offenderWritable(actor)] } })) === 1
  await recordAudit(prisma, actor, { action: 'sentence.view', subjectType: 'Offender', subjectId: offenderId, offenderId })
  // A release saved without accommodation and employment leaves them due until recorded (ADR 0008 addendum).
  const sentences = person.sentences.map((s) => ({ ...s, releaseSnapshotDue: s.status === 'ACTIVE' ? releaseSnapshotDue(s.events, person.circumstances) : null }))
  return { ...person, sentences, canManage: writable && can(actor, 'sentence.manage'), canRecordConviction: writable && can(actor, 'conviction.record'), canRecordCircumstances: writable && can(actor, 'offender.update') }
}

export type SentenceHistory = Awaited<ReturnType<typeof getSentences>>
export type SentenceEntry = SentenceHistory['sentences'][number]
