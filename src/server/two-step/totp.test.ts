import { generate } from 'otplib'
import { describe, expect, it } from 'vitest'
import { checkTotp, newTotpSecret, normaliseTotpCode, STEP_SECONDS } from './totp'

// Issue 17 TOTP: a ±1 step window for clocks a little apart, and a code refused once its step has been used.
const secret = newTotpSecret()
const NOW = Date.UTC(2026, 11, 1, 9, 0, 15)
const codeAt = (ms: number) => generate({ secret, epoch: Math.floor(ms / 1000) })
const step = (ms: number) => Math.floor(ms / 1000 / STEP_SECONDS)

describe('checking a TOTP code', () => {
  it('accepts the current code and answers its time step', async () => {
    expect(await checkTotp(secret, await codeAt(NOW), null, NOW)).toBe(step(NOW))
  })

  it('accepts the previous and the next step, and nothing further away', async () => {
    const s = STEP_SECONDS * 1000
    expect(await checkTotp(secret, await codeAt(NOW - s), null, NOW)).toBe(step(NOW) - 1)
    expect(await checkTotp(secret, await codeAt(NOW + s), null, NOW)).toBe(step(NOW) + 1)
    expect(await checkTotp(secret, await codeAt(NOW - 2 * s), null, NOW)).toBeNull()
    expect(await checkTotp(secret, await codeAt(NOW + 2 * s), null, NOW)).toBeNull()
  })

  it('refuses a replay: a code whose step is at or before the last used step', async () => {
    const code = await codeAt(NOW)
    expect(await checkTotp(secret, code, step(NOW), NOW)).toBeNull()
    expect(await checkTotp(secret, code, step(NOW) + 1, NOW)).toBeNull()
    expect(await checkTotp(secret, code, step(NOW) - 1, NOW)).toBe(step(NOW))
  })

  it('refuses a wrong code, and anything that is not 6 digits, without asking the library', async () => {
    const right = await codeAt(NOW)
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0')
    expect(await checkTotp(secret, wrong, null, NOW)).toBeNull()
    for (const junk of ['', '12345', '1234567', 'abcdef', '12 34 5x']) expect(await checkTotp(secret, junk, null, NOW)).toBeNull()
  })

  it('reads a code typed with spaces or a hyphen', async () => {
    const code = await codeAt(NOW)
    expect(normaliseTotpCode(`${code.slice(0, 3)} ${code.slice(3)}`)).toBe(code)
    expect(await checkTotp(secret, `${code.slice(0, 3)}-${code.slice(3)}`, null, NOW)).toBe(step(NOW))
  })
})
