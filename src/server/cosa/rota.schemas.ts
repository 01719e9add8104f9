import { z } from 'zod'

const blank = (v: unknown) => (v === '' || v === null ? undefined : v)
const ids = z.preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(z.uuid()).max(100))

export const ZGenerateRota = z.object({
  circleIds: ids.refine((a) => a.length > 0, 'chooseCircle'),
  weeks: z.coerce.number('chooseOption').int().min(1, 'chooseOption').max(12, 'chooseOption'),
})
export const ZAssignVolunteer = z.object({ meetingId: z.uuid(), volunteerId: z.uuid('chooseOption'), overrideReason: z.preprocess(blank, z.string().trim().max(500).optional()) })
export const ZUnassignVolunteer = z.object({ meetingId: z.uuid(), assignmentId: z.uuid() })
