import { z } from 'zod'
import { SentenceType, TerminationReason } from '../../generated/prisma/enums'
import { blank, trimmedText } from '../zod-fields'
import { version } from '../zod-numbers'
import { accommodationStatuses, eteStatuses, offenceCategories, pastDate } from './court-outcome.schemas'

export const terminationReasons = Object.values(TerminationReason)

/** Ending an order always records where the person lives and works (strategy P3: settled accommodation and employment at termination). */
export const ZTerminateSentence = z.object({
  sentenceId: z.uuid(),
  version,
  reason: z.enum(terminationReasons, 'chooseOption'),
  terminatedOn: pastDate,
  accommodation: z.enum(accommodationStatuses, 'snapshotRequired'),
  ete: z.enum(eteStatuses, 'snapshotRequired'),
})
export type TTerminateSentence = z.infer<typeof ZTerminateSentence>

export const provenDisposals = ['CONVICTION', 'CAUTION'] as const
export const convictionSentenceTypes = Object.values(SentenceType)

/** A further proven offence: committed on or before the day it was proven, proven no later than today (London). */
export const ZProvenOffence = z
  .object({
    offenderId: z.uuid(),
    idempotencyKey: z.uuid(),
    offenceDate: pastDate,
    category: z.enum(offenceCategories, 'chooseOption'),
    provenOn: pastDate,
    disposal: z.enum(provenDisposals, 'chooseOption'),
    sentenceType: z.preprocess(blank, z.enum(convictionSentenceTypes, 'chooseOption').optional()),
    description: z.preprocess(blank, trimmedText().max(200).optional()),
  })
  .superRefine((p, ctx) => {
    if (p.offenceDate > p.provenOn) ctx.addIssue({ code: 'custom', path: ['offenceDate'], message: 'offenceAfterProven' })
    if (p.disposal === 'CONVICTION' && !p.sentenceType) ctx.addIssue({ code: 'custom', path: ['sentenceType'], message: 'sentenceTypeRequired' })
    if (p.disposal === 'CAUTION' && p.sentenceType) ctx.addIssue({ code: 'custom', path: ['sentenceType'], message: 'sentenceTypeCaution' })
  })
export type TProvenOffence = z.infer<typeof ZProvenOffence>

/** Accommodation and employment recorded on their own, between the moments a sentence prompts for them. */
export const ZRecordCircumstances = z.object({
  offenderId: z.uuid(),
  idempotencyKey: z.uuid(),
  asAt: pastDate,
  accommodation: z.enum(accommodationStatuses, 'chooseOption'),
  ete: z.enum(eteStatuses, 'chooseOption'),
})
