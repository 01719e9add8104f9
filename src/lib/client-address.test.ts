import { describe, expect, it } from 'vitest'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { CLIENT_ADDRESS_HEADER, clientAddress, stampingClientAddress, trustedProxies } from './client-address'

describe('the client address for throttling (issue 17 item 1)', () => {
  it('is the socket peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddress('203.0.113.7', '10.9.9.9', 0)).toBe('203.0.113.7')
    expect(clientAddress('203.0.113.7', '10.9.9.10, 10.9.9.11', 0)).toBe('203.0.113.7')
    expect(clientAddress('203.0.113.7', undefined, 0)).toBe('203.0.113.7')
  })

  it('is the n-th value from the right with n trusted proxies, never a value the client wrote', () => {
    expect(clientAddress('10.0.0.2', '198.51.100.4', 1)).toBe('198.51.100.4')
    expect(clientAddress('10.0.0.2', 'spoofed, 198.51.100.4', 1)).toBe('198.51.100.4')
    expect(clientAddress('10.0.0.3', ['spoofed, 198.51.100.4', '10.0.0.2'], 2)).toBe('198.51.100.4')
  })

  it('falls back to the nearest hop when fewer proxies were passed than configured, and to null with nothing', () => {
    expect(clientAddress('203.0.113.7', undefined, 2)).toBe('203.0.113.7')
    expect(clientAddress(undefined, undefined, 0)).toBeNull()
  })

  it('reads LLWYBR_TRUSTED_PROXIES as a small whole number, else 0', () => {
    expect(trustedProxies(undefined)).toBe(0)
    expect(trustedProxies('2')).toBe(2)
    expect(trustedProxies('-1')).toBe(0)
    expect(trustedProxies('lots')).toBe(0)
  })

  it('drops a client-written X-Forwarded-Host and a forged address header; keeps a proxy\'s with one trusted', () => {
    const seen = (proxies: number) => {
      const req = { headers: { 'x-forwarded-host': 'evil.example', [CLIENT_ADDRESS_HEADER]: '1.2.3.4' }, socket: { remoteAddress: '203.0.113.7' } }
      let headers: IncomingMessage['headers'] = {}
      stampingClientAddress((r) => { headers = r.headers }, proxies)(req as unknown as IncomingMessage, {} as ServerResponse)
      return headers
    }
    expect(seen(0)).toEqual({ [CLIENT_ADDRESS_HEADER]: '203.0.113.7' })
    expect(seen(1)).toEqual({ 'x-forwarded-host': 'evil.example', [CLIENT_ADDRESS_HEADER]: '203.0.113.7' })
  })
})
