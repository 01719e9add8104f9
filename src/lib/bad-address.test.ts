import { describe, expect, it } from 'vitest'
import { isUnreadablePath } from './bad-address'

describe('an address whose path cannot be read (re-break 52 F2)', () => {
  it('is told apart from every readable one', () => {
    for (const url of ['/offenders/%ff', '/offenders/%E0%A4%A', '/mappa/meetings/%ZZ', '/cosa/circles/a%', '/x%?q=1']) expect(isUnreadablePath(url), url).toBe(true)
    for (const url of ['/', '/offenders/0b6f7a5e-1c1f-4f0b-9a53-9d5c2d1e7a11', '/search?q=%ff', '/caf%C3%A9', '/Sia%CC%82n', undefined]) expect(isUnreadablePath(url), String(url)).toBe(false)
  })
})
