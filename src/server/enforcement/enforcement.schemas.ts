import { z } from 'zod'
import { blank, trimmedText } from '../zod-fields'
import { version } from '../zod-numbers'

export const enforcementKinds = ['WARNING', 'BREACH', 'RECALL'] as const

export const ZDecideEnforcement = z.object({
  enforcementId: z.uuid(),
  version,
  kind: z.enum(enforcementKinds, 'chooseOption'),
  reason: trimmedText().min(1).max(1000),
  // Required (checked by decideEnforcement) when breach is the expected course and the officer does not breach.
  noBreachReason: z.preprocess(blank, trimmedText().max(1000).optional()),
})

export const ZCountersignEnforcement = z
  .object({
    enforcementId: z.uuid(),
    version,
    decision: z.enum(['APPROVE', 'REJECT'], 'chooseOption'),
    note: z.preprocess(blank, trimmedText().max(1000).optional()),
  })
  .refine((c) => c.decision === 'APPROVE' || Boolean(c.note), { path: ['note'], message: 'reasonRequired' })
