import { z } from 'zod'
import { blank, clockTime, confirmed, trimmedText } from '../zod-fields'

const text = (max: number) => z.preprocess(blank, trimmedText().max(max).optional())

/** The disclosure decision's fields as a draft holds them: anything, however incomplete (issue 16 item 3). */
export const disclosureDraftFields = {
  disclosureConsidered: z.preprocess(blank, z.enum(['yes', 'no'], 'chooseOption').optional()).transform((v) => (v === undefined ? undefined : v === 'yes')),
  disclosureDecision: z.preprocess(blank, z.enum(['DISCLOSE', 'WITHHOLD'], 'chooseOption').optional()),
  disclosureTo: text(500),
  disclosureBy: text(200),
  disclosureReason: text(2000),
}

/** The names of the disclosure decision's fields. */
export const disclosureFieldNames: ReadonlySet<string> = new Set(Object.keys(disclosureDraftFields))

type Disclosure = { disclosureConsidered?: boolean | null; disclosureDecision?: 'DISCLOSE' | 'WITHHOLD' | null; disclosureTo?: string | null; disclosureBy?: string | null; disclosureReason?: string | null }
const disclosedDetails = ['disclosureTo', 'disclosureBy', 'disclosureReason'] as const

/**
 * MAPPA guidance: the minutes record for each nominal whether disclosure was considered and, if it was, the decision
 * with its reasons: to disclose (to whom, by whom and why) or not to disclose (why: walk 45 F1, a decision not to
 * disclose had no place, and its reason was dropped); if it was not considered, why not may be said (issue 16 item 3).
 * Input: the decision as a form or a stored item holds it (null or absent: not given). Output: the fields it still
 * lacks, in the form's order; none when whole. Recording an item (checkDisclosure) and approving the minutes (break 40
 * D1) both ask this one question.
 */
export function disclosureGaps(d: Disclosure): Array<keyof Disclosure> {
  if (d.disclosureConsidered === undefined || d.disclosureConsidered === null) return ['disclosureConsidered']
  if (!d.disclosureConsidered) return []
  if (!d.disclosureDecision) return ['disclosureDecision']
  return d.disclosureDecision === 'DISCLOSE' ? disclosedDetails.filter((field) => !d[field]) : d.disclosureReason ? [] : ['disclosureReason']
}

/** Recording the item needs a whole disclosure decision: an issue on each field disclosureGaps names, in its words. */
export function checkDisclosure(d: Disclosure, ctx: z.RefinementCtx) {
  for (const field of disclosureGaps(d)) {
    const message = field === 'disclosureConsidered' || field === 'disclosureDecision' ? 'chooseOption' : d.disclosureDecision === 'WITHHOLD' ? 'disclosureWithheldReason' : 'disclosureDetailRequired'
    ctx.addIssue({ code: 'custom', path: [field], message })
  }
}

/**
 * What the minutes keep of the decision: no decision, to whom or by whom without a "yes", and no to whom or by whom
 * for a decision not to disclose; the why is kept whatever the answer (walk 45 F1: a reason typed beside "no" was lost).
 */
export function settleDisclosure<T extends Disclosure>(d: T): T {
  if (!d.disclosureConsidered) return { ...d, disclosureDecision: undefined, disclosureTo: undefined, disclosureBy: undefined }
  return d.disclosureDecision === 'WITHHOLD' ? { ...d, disclosureTo: undefined, disclosureBy: undefined } : d
}

/** The close of the meeting: who took the minutes and when it ended (London time on the meeting's day). */
export const ZMeetingClose = z.object({
  meetingId: z.uuid(),
  // Its own message, not the generic "This field is required" (re-walk of issue 16, item 6).
  minuteTaker: trimmedText().min(1, 'minuteTakerRequired').max(120),
  endTime: clockTime,
})

/**
 * The statement read to the meeting: the London clock time it was read, on the meeting's day (issue 16 walk-through
 * item 2). The form always shows its default time (defaultHappenedAt), so a blank there is the chair clearing it: a
 * field error, never the click time recorded silently (fix16b item 2). Absent (no such field: callers other than the
 * form), the time the form would have shown (happenedAt).
 */
export const ZStatement = z.object({
  meetingId: z.uuid(),
  // A time of only characters that draw nothing (U+200B, a braille blank) is cleared as an empty one is, not a bad time
  // (break 60 F9: spaces said "required" but U+200B said invalidTime).
  time: z
    .string()
    .overwrite((t) => (blank(t) === undefined ? '' : t))
    .trim()
    .min(1, 'required')
    .pipe(clockTime)
    .optional(),
  /** The chair agreed to publish an agenda never published as the statement is read (walk 20, D7). */
  confirm: confirmed,
})
