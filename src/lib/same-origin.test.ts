import { describe, expect, it } from 'vitest'
import { isForeignOrigin, isOversized, MAX_ACTION_BODY_BYTES, mayBeServerAction } from './same-origin'

const h = (init: Record<string, string>) => new Headers(init)

describe('a server action from another site is told apart before Next runs it (issue 17 item 5)', () => {
  it('takes a POST with the action header or a form body as a possible action', () => {
    expect(mayBeServerAction('POST', h({ 'next-action': 'abc', 'content-type': 'text/plain;charset=UTF-8' }))).toBe(true)
    expect(mayBeServerAction('POST', h({ 'content-type': 'multipart/form-data; boundary=x' }))).toBe(true)
    expect(mayBeServerAction('POST', h({ 'content-type': 'application/x-www-form-urlencoded' }))).toBe(true)
    expect(mayBeServerAction('POST', h({ 'content-type': 'application/json' }))).toBe(false)
    expect(mayBeServerAction('GET', h({ 'next-action': 'abc' }))).toBe(false)
  })

  it.each([
    ['same host', { origin: 'http://localhost:3000', host: 'localhost:3000' }, false],
    ['forwarded host of a proxy', { origin: 'https://llwybr.example', host: '10.0.0.5:3000', 'x-forwarded-host': 'llwybr.example' }, false],
    ['no Origin (hand-made request)', { host: 'localhost:3000' }, false],
    ['another site', { origin: 'https://evil.example', host: 'localhost:3000' }, true],
    ['another port', { origin: 'http://localhost:4000', host: 'localhost:3000' }, true],
    ['Origin: null', { origin: 'null', host: 'localhost:3000' }, true],
    ['an unreadable Origin', { origin: '::::', host: 'localhost:3000' }, true],
    ['no Host to compare with', { origin: 'http://localhost:3000' }, true],
  ] as const)('%s', (_name, headers, foreign) => {
    expect(isForeignOrigin(h(headers))).toBe(foreign)
  })
})

describe('a body larger than a server action accepts is told apart (issue 17 item 4)', () => {
  it('compares the declared length with the limit', () => {
    expect(isOversized(h({ 'content-length': String(MAX_ACTION_BODY_BYTES) }))).toBe(false)
    expect(isOversized(h({ 'content-length': String(MAX_ACTION_BODY_BYTES + 1) }))).toBe(true)
    expect(isOversized(h({}))).toBe(false)
  })
})
