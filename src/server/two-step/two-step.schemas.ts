import { z } from 'zod'

/** A code typed into a two-step form: a 6-digit code (spaces allowed) or a recovery code; bounded before any check. */
export const ZTwoStepCode = z.object({ code: z.string().trim().min(1, 'required').max(64, 'tooLong') })

/** An administrator's reset of one user's second factor. */
export const ZTwoStepReset = z.object({ userId: z.uuid() })
