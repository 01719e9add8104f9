import { z } from 'zod'

const reason = z.string().trim().min(1).max(500)

export const ZAllocate = z.object({ offenderId: z.uuid(), offenderManagerId: z.uuid('chooseOption'), reason })
export const ZRequestTransfer = z.object({ offenderId: z.uuid(), toTeamId: z.uuid('chooseOption'), reason })
export const ZDecideTransfer = z
  .object({
    transferId: z.uuid(),
    version: z.coerce.number().int().min(1),
    decision: z.enum(['ACCEPT', 'REJECT'], 'chooseOption'),
    note: z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().max(500).optional()),
  })
  .refine((d) => d.decision === 'ACCEPT' || Boolean(d.note), { path: ['note'], message: 'reasonRequired' })

/** Taking back a transfer request before it is decided: the sender says why (issue 15 item 14). */
export const ZWithdrawTransfer = z.object({ transferId: z.uuid(), version: z.coerce.number().int().min(1), reason })
