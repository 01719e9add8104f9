import { z } from 'zod'

/** A code typed into a two-step form: a 6-digit code (spaces allowed) or a recovery code; bounded before any check. */
export const ZTwoStepCode = z.object({ code: z.string().trim().min(1, 'required').max(64, 'tooLong') })

/**
 * An administrator's reset of one user's second factor. A reset lets whoever next signs in with the account's password
 * set up a new factor, so the administrator ticks that they checked the request comes from the user (walk 17).
 */
export const ZTwoStepReset = z.object({
  userId: z.uuid(),
  identityChecked: z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.literal(true, 'twoStepResetIdentity')),
})
