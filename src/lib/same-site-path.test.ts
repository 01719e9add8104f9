import { describe, expect, it } from 'vitest'
import { isCallbackAddress, sameSitePath, sameSiteRedirect } from './same-site-path'

describe('the path to return to after signing in or switching language', () => {
  it('keeps a path on this site, with its query', () => {
    expect(sameSitePath('/offenders/abc?tab=contacts')).toBe('/offenders/abc?tab=contacts')
    expect(sameSitePath('/mappa/nominals?level=2#list')).toBe('/mappa/nominals?level=2#list')
  })

  it('never leads to another site, however the browser would read it (break 52 F5, F9)', () => {
    for (const value of ['//evil.example/phish', '/\\evil.example/phish', '/\t/evil.example/phish', '/\n/evil.example', '/..//evil.example/phish', '/./\\evil.example', 'https://evil.example', 'evil.example', '', 42, null, '/' + 'a'.repeat(2001)]) {
      const path = sameSitePath(value)
      expect(new URL(path, 'http://llwybr.test').origin, String(value)).toBe('http://llwybr.test')
      expect(path.startsWith('//'), String(value)).toBe(false)
    }
  })
})

describe('where next-auth sends the browser after signing in or out', () => {
  const baseUrl = 'http://localhost:3740'
  it('stays on this site, and never fails on an address it cannot read (re-break 52 F3)', () => {
    expect(sameSiteRedirect({ url: '/offenders?q=a', baseUrl })).toBe('http://localhost:3740/offenders?q=a')
    expect(sameSiteRedirect({ url: 'http://localhost:3740/mappa', baseUrl })).toBe('http://localhost:3740/mappa')
    for (const url of ['http://[', 'http://x:99999/', 'http://localhost:3740.evil.example/', 'https://evil.example/', '/\\evil.example', '//evil.example', '']) {
      expect(new URL(sameSiteRedirect({ url, baseUrl })).origin, url).toBe(baseUrl)
    }
  })
  it('takes only text: a callbackUrl sent as JSON (an object, a number) goes home (re-break 54: /[object Object])', () => {
    for (const url of [{ a: 1 }, ['/x'], 7, null]) expect(sameSiteRedirect({ url: url as unknown as string, baseUrl })).toBe(baseUrl)
  })
  it('goes home for text that is not an address, not to a page that does not exist (break 55 F6: a JSON-text callbackUrl)', () => {
    for (const url of ['{"a":1}', '["/x"]', 'offenders', 'mailto:x@example.org', 'javascript:alert(1)']) expect(sameSiteRedirect({ url, baseUrl }), url).toBe(baseUrl)
    expect(sameSiteRedirect({ url: 'HTTP://localhost:3740/caseload', baseUrl })).toBe('http://localhost:3740/caseload')
  })
})

describe('a callback address next-auth will take', () => {
  it('is an http(s) address or a path, never one it cannot read (re-break 52 F3)', () => {
    for (const value of ['/offenders', 'http://localhost:3740/', 'https://evil.example/']) expect(isCallbackAddress(value, 'http://localhost:3740'), value).toBe(true)
    for (const value of ['http://[', 'http://x:99999/', 'javascript:alert(1)', 'evil']) expect(isCallbackAddress(value, 'http://localhost:3740'), value).toBe(false)
  })
})
