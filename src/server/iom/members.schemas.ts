import { z } from 'zod'
import { asDate, blank, ruleOnField, trimInvisible, trimmedText } from '../zod-fields'
import { manyOf, memberStatuses, optionalId, optionalText, pastDate, rags, text, version } from './iom-fields'
import { isoDay } from '../zod-dates'
import { readsAsSnapshot } from '../../lib/drawn-at'

/** The 3x5x2-style grading the brief asks for: source A–E, intelligence 1–5, handling P (permits) or C (conditions). */
export const gradingPattern = /^[A-E][1-5][PC]$/
export const panelDecisions = ['SELECT', 'NOT_SELECT'] as const
export const arrangementFlags = ['drugTesting', 'electronicMonitoring'] as const

// Rules across fields run even when other fields fail, so the user sees every problem at once (ruleOnField).
const selecting = (d: { decision?: unknown }) => d.decision === 'SELECT'

/** "Probation, South Wales Police, Cardiff Council": the agencies that sat, one per comma or line. */
const panelists = z
  .string()
  .max(1000)
  // An agency that draws nothing (zero-width, braille blank, a Hangul filler) is none named, and the rest are trimmed as
  // trimmedText trims (break 60 F4: "\u200b, \u2800" or "\u3164" was saved as the agencies present).
  .transform((s) => s.split(/[,\n]/).filter((p) => blank(p) !== undefined).map(trimInvisible))
  .pipe(z.array(z.string().max(120)).min(1, 'iomPanelists').max(20))

/**
 * The database snapshot a panel form was drawn in ("xmin:xmax:xip,…", panel-snapshot.ts), as the page wrote it; anything
 * else, or one PostgreSQL would not read, is a form that cannot be read (formVersionUnreadable).
 */
export const drawnAs = z
  .string('formVersionUnreadable')
  .refine(readsAsSnapshot, 'formVersionUnreadable')

export const ZPanelDecision = z
  .object({
    cohortId: z.uuid(),
    offenderId: z.uuid('chooseOption'),
    // The snapshot the form was drawn in: a decision on the same person it does not see makes it stale (panel.ts).
    // Always asked: a form without one would pass as drawn after every decision (break 63 F1).
    drawnAs,
    decision: z.enum(panelDecisions, 'chooseOption'),
    panelOn: pastDate,
    panelists,
    reason: text(1000),
    policeLeadId: optionalId,
    probationLeadId: optionalId,
    rag: z.preprocess(blank, z.enum(rags, 'chooseOption').optional()),
    ragReason: optionalText(1000),
  })
  // Selection starts membership: it needs both leads and a first RAG rating with its reason.
  .refine((d) => !selecting(d) || d.policeLeadId, ruleOnField('policeLeadId', 'required'))
  .refine((d) => !selecting(d) || d.probationLeadId, ruleOnField('probationLeadId', 'required'))
  .refine((d) => !selecting(d) || d.rag, ruleOnField('rag', 'required'))
  .refine((d) => !selecting(d) || d.ragReason, ruleOnField('ragReason', 'reasonRequired'))
  .transform((d) => ({ ...d, panelOn: asDate(d.panelOn) }))

export const ZChangeRag = z.object({ memberId: z.uuid(), version, rag: z.enum(rags, 'chooseOption'), reason: text(1000) })

export const ZRecordReview = z
  .object({
    memberId: z.uuid(),
    version,
    reviewedOn: pastDate,
    rag: z.enum(rags, 'chooseOption'),
    ragReason: optionalText(1000),
    notes: text(2000),
    nextReviewOn: isoDay(),
  })
  .refine((r) => typeof r.reviewedOn !== 'string' || typeof r.nextReviewOn !== 'string' || r.nextReviewOn > r.reviewedOn, ruleOnField('nextReviewOn', 'iomNextReviewOrder', ['reviewedOn']))
  .transform((r) => ({ ...r, reviewedOn: asDate(r.reviewedOn), nextReviewOn: asDate(r.nextReviewOn) }))

export const ZChangeStatus = z
  .object({ memberId: z.uuid(), version, status: z.enum(memberStatuses, 'chooseOption'), reason: optionalText(1000) })
  // Going into custody, being reset or de-selected is a decision others must be able to read the reason for.
  .refine((s) => s.status === 'ACTIVE' || s.reason, ruleOnField('reason', 'reasonRequired'))

export const ZJointPlan = z.object({ memberId: z.uuid(), version, jointPlan: text(4000) })

export const ZArrangements = z
  .object({ memberId: z.uuid(), version, policeLeadId: z.uuid('chooseOption'), probationLeadId: z.uuid('chooseOption'), flags: manyOf(arrangementFlags) })
  .transform(({ flags, ...a }) => ({ ...a, drugTesting: flags.includes('drugTesting'), electronicMonitoring: flags.includes('electronicMonitoring') }))

export const ZIntelligence = z
  .object({
    offenderId: z.uuid(),
    summary: text(2000),
    grading: trimmedText().toUpperCase().regex(gradingPattern, 'iomGrading'),
    recordedOn: pastDate,
  })
  .transform((i) => ({ ...i, recordedOn: asDate(i.recordedOn) }))
