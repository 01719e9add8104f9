import { z } from 'zod'
import { asDate, blank, trimmedText } from '../zod-fields'
import { wholeNumberIn } from '../zod-numbers'
import { dayNotInFuture, isoDay } from '../zod-dates'

/** A session that has happened: supervision is recorded after it is held, never booked ahead here. */
const heldDate = dayNotInFuture()

/** One supervision session with a volunteer, and when the next falls due (shared by the form and the server). */
export const ZRecordSupervision = z
  .object({
    volunteerId: z.uuid(),
    heldOn: heldDate,
    notes: trimmedText().min(1).max(2000),
    /** Length in minutes, for the volunteer hours funders are given (issue 16 item 12); empty means the usual hour. */
    minutes: z.preprocess(blank, wholeNumberIn(15, 480).default(60)),
    nextDueOn: isoDay(),
  })
  .refine((s) => s.nextDueOn > s.heldOn, { path: ['nextDueOn'], message: 'nextSupervisionNotAfterHeld' })
  .transform((s) => ({ ...s, heldOn: asDate(s.heldOn), nextDueOn: asDate(s.nextDueOn) }))

export type TRecordSupervision = z.infer<typeof ZRecordSupervision>
