import { z } from 'zod'
import { blank, trimmedText } from '../zod-fields'
import { version } from '../zod-numbers'

const reason = trimmedText().min(1).max(500)

export const ZAllocate = z.object({ offenderId: z.uuid(), offenderManagerId: z.uuid('chooseOption'), reason })
export const ZRequestTransfer = z.object({ offenderId: z.uuid(), toTeamId: z.uuid('chooseOption'), reason })
export const ZDecideTransfer = z
  .object({
    transferId: z.uuid(),
    version,
    decision: z.enum(['ACCEPT', 'REJECT'], 'chooseOption'),
    note: z.preprocess(blank, trimmedText().max(500).optional()),
  })
  .refine((d) => d.decision === 'ACCEPT' || Boolean(d.note), { path: ['note'], message: 'reasonRequired' })

/** Taking back a transfer request before it is decided: the sender says why (issue 15 item 14). */
export const ZWithdrawTransfer = z.object({ transferId: z.uuid(), version, reason })
