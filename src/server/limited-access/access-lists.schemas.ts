import { z } from 'zod'
import { trimmedText } from '../zod-fields'

export const accessListKinds = ['EXCLUSION', 'RESTRICTION'] as const

export const ZAddAccessEntry = z.object({
  offenderId: z.uuid(),
  kind: z.enum(accessListKinds, 'chooseOption'),
  userId: z.uuid('accessChooseUser'),
  reason: trimmedText().min(1, 'reasonRequired').max(500),
})

export const ZRemoveAccessEntry = z.object({ offenderId: z.uuid(), entryId: z.uuid() })

/** Lifting a restriction list altogether: a senior says why (issue 17 item 2). */
export const ZLiftRestriction = z.object({ offenderId: z.uuid(), reason: trimmedText().min(1, 'reasonRequired').max(500) })
