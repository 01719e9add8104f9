import { z } from 'zod'
import { normaliseTotpCode } from './totp'
import { ticked } from '../zod-fields'

/**
 * A code from the authenticator app typed into a two-step form on the account page (set up, new recovery codes, turn
 * off): 6 digits, spaces or hyphens allowed. Anything else is `totpCodeFormat`, said as such rather than "not correct"
 * (walk 50 F7, walk 51 F7: "12 3a"), and is never checked against the secret nor counted as a wrong code. An empty one
 * asks for the code, as the sign-in's code step does (walk 62 F7: "This field is required").
 */
export const ZTwoStepCode = z.object({
  code: z.string().trim().min(1, { message: 'totpCodeRequired', abort: true }).max(64, { message: 'tooLong', abort: true }).refine((c) => normaliseTotpCode(c) !== null, 'totpCodeFormat'),
})

/**
 * An administrator's reset of one user's second factor. A reset lets whoever next signs in with the account's password
 * set up a new factor, so the administrator ticks that they checked the request comes from the user (walk 17).
 */
export const ZTwoStepReset = z.object({
  userId: z.uuid(),
  identityChecked: z.preprocess(ticked, z.literal(true, 'twoStepResetIdentity')),
})
