import { z } from 'zod'
import { blank, confirmed, manyIds, trimmedText } from '../zod-fields'
import { decimalText } from '../zod-numbers'

export const ZGenerateRota = z.object({
  circleIds: manyIds(100).refine((a) => a.length > 0, 'chooseCircle'),
  weeks: decimalText(z.coerce.number('chooseOption').int().min(1, 'chooseOption').max(12, 'chooseOption')),
})
export const ZAssignVolunteer = z.object({ meetingId: z.uuid(), volunteerId: z.uuid('chooseOption'), overrideReason: z.preprocess(blank, trimmedText().max(500).optional()) })
/**
 * Taking someone off a meeting needs the reason (issue 16 item 10): it is kept, shown and audited. The type's message
 * would also answer every check without its own, so the length check names its own (COSA break test item 7).
 */
/** `confirm`: ticked once the coordinator has read what taking them off means (walk 20, D12). */
export const ZUnassignVolunteer = z.object({ meetingId: z.uuid(), assignmentId: z.uuid(), reason: trimmedText('reasonRequired').min(1, 'reasonRequired').max(500, 'tooLong'), confirm: confirmed.optional() })
