import { generate } from 'otplib'
import { prisma } from '../../../src/server/db'
import { sealSecret } from '../../../src/server/two-step/secret-box'
import { newTotpSecret } from '../../../src/server/two-step/totp'

export const PASSWORD = 'Llwybr-Demo-2026'

// A different client address for each sign-in, so one test's failures never throttle another's.
let lastIp = 0
export const ip = () => `10.17.${Math.floor(++lastIp / 250)}.${lastIp % 250}`

/** Gives a user a confirmed factor directly; answers its base32 secret, for making codes. */
export async function enrol(userId: string): Promise<string> {
  const secret = newTotpSecret()
  await prisma.twoStepFactor.create({ data: { userId, secret: sealSecret(secret), confirmedAt: new Date() } })
  return secret
}

/** The code an authenticator app would show now. */
export const codeFor = (secret: string) => generate({ secret })

/** A 6-digit code that is not the current one (nor, almost surely, a neighbouring step's). */
export async function wrongCode(secret: string): Promise<string> {
  return String((Number(await codeFor(secret)) + 500_000) % 1_000_000).padStart(6, '0')
}
