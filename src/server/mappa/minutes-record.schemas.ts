import { z } from 'zod'
import { blank, clockTime, confirmed, trimmedText } from '../zod-fields'

const text = (max: number) => z.preprocess(blank, trimmedText().max(max).optional())

/** The disclosure decision's fields as a draft holds them: anything, however incomplete (issue 16 item 3). */
export const disclosureDraftFields = {
  disclosureConsidered: z.preprocess(blank, z.enum(['yes', 'no'], 'chooseOption').optional()).transform((v) => (v === undefined ? undefined : v === 'yes')),
  disclosureTo: text(500),
  disclosureBy: text(200),
  disclosureReason: text(2000),
}

type Disclosure = { disclosureConsidered?: boolean; disclosureTo?: string; disclosureBy?: string; disclosureReason?: string }

/**
 * MAPPA guidance: the minutes record for each nominal whether disclosure was considered and, if it was, to whom, by
 * whom and why. Recording the item needs the yes or no; a yes needs all three (issue 16 item 3).
 */
export function checkDisclosure(d: Disclosure, ctx: z.RefinementCtx) {
  if (d.disclosureConsidered === undefined) ctx.addIssue({ code: 'custom', path: ['disclosureConsidered'], message: 'chooseOption' })
  if (d.disclosureConsidered !== true) return
  for (const field of ['disclosureTo', 'disclosureBy', 'disclosureReason'] as const) {
    if (!d[field]) ctx.addIssue({ code: 'custom', path: [field], message: 'disclosureDetailRequired' })
  }
}

/** A "no" keeps no to-whom, by-whom or why: the minutes never show details of a disclosure not considered. */
export function settleDisclosure<T extends Disclosure>(d: T): T {
  return d.disclosureConsidered ? d : { ...d, disclosureTo: undefined, disclosureBy: undefined, disclosureReason: undefined }
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
  time: z.string().trim().min(1, 'required').pipe(clockTime).optional(),
  /** The chair agreed to publish an agenda never published as the statement is read (walk 20, D7). */
  confirm: confirmed,
})
