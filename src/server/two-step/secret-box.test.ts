import { describe, expect, it } from 'vitest'
import { openSecret, sealSecret } from './secret-box'

describe('the TOTP secret at rest (ADR 0016)', () => {
  it('is stored encrypted and read back', () => {
    const sealed = sealSecret('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP')
    expect(sealed).not.toContain('JBSWY3DP')
    expect(sealed.length).toBeLessThanOrEqual(255)
    expect(openSecret(sealed)).toBe('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP')
  })

  it('refuses a value that was altered', () => {
    const [v, iv, tag, body] = sealSecret('JBSWY3DPEHPK3PXP').split('.')
    const flipped = `${body![0] === 'A' ? 'B' : 'A'}${body!.slice(1)}`
    expect(() => openSecret([v, iv, tag, flipped].join('.'))).toThrow()
  })
})
