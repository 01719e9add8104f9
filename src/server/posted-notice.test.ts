import { beforeEach, describe, expect, it, vi } from 'vitest'
import { DONE_COOKIE, DONE_FIELD, DONE_MAX_LENGTH } from '../lib/posted-notice'

const jar = { set: vi.fn() }
let requestHeaders = new Headers()
vi.mock('next/headers', () => ({ cookies: async () => jar, headers: async () => requestHeaders }))

const { formToObject } = await import('./action')
const { leaveNoticeForPage } = await import('./posted-notice')

const formWith = (fields: Record<string, string>) => {
  const form = new FormData()
  for (const [k, v] of Object.entries(fields)) form.append(k, v)
  return form
}

// Walk 55 F2: a form posted without the page's script whose success moved or removed it said nothing.
describe('a success posted without the page’s script is handed to the page', () => {
  beforeEach(() => {
    jar.set.mockReset()
    requestHeaders = new Headers()
  })

  it('keeps the form’s message out of its values', () => {
    const values = formToObject(formWith({ cancelReason: 'Office closed', [DONE_FIELD]: 'Appointment cancelled.' }))
    expect(values).toEqual({ cancelReason: 'Office closed' })
    expect(Object.keys(values)).toEqual(['cancelReason'])
  })

  it('sets the message for this render only (Max-Age 0) when the browser posted the form itself', async () => {
    await leaveNoticeForPage({ ok: true }, formToObject(formWith({ [DONE_FIELD]: 'Appointment cancelled.' })))
    expect(jar.set).toHaveBeenCalledWith(DONE_COOKIE, 'Appointment cancelled.', expect.objectContaining({ maxAge: 0, httpOnly: true }))
  })

  it('says a duplicate’s own notice rather than the form’s', async () => {
    await leaveNoticeForPage({ ok: true, notice: 'This was already saved.' }, formToObject(formWith({ [DONE_FIELD]: 'Appointment cancelled.' })))
    expect(jar.set).toHaveBeenCalledWith(DONE_COOKIE, 'This was already saved.', expect.anything())
  })

  it('leaves nothing for a refusal, for the page’s script (it shows its own), or for a form that names no message', async () => {
    await leaveNoticeForPage({ ok: false }, formToObject(formWith({ [DONE_FIELD]: 'Appointment cancelled.' })))
    await leaveNoticeForPage({ ok: true }, formToObject(formWith({ notes: 'x' })))
    requestHeaders = new Headers({ 'next-action': 'abc' })
    await leaveNoticeForPage({ ok: true }, formToObject(formWith({ [DONE_FIELD]: 'Appointment cancelled.' })))
    expect(jar.set).not.toHaveBeenCalled()
  })

  it('cuts a crafted message at a whole character and drops what would reorder or hide it (break 56 F1, F5)', async () => {
    await leaveNoticeForPage({ ok: true }, formToObject(formWith({ [DONE_FIELD]: `${'a'.repeat(DONE_MAX_LENGTH - 1)}😀${'b'.repeat(50)}` })))
    await leaveNoticeForPage({ ok: true }, formToObject(formWith({ [DONE_FIELD]: 'Saved\u202E.exe\u200B\uD800 now' })))
    const [cut, plain] = jar.set.mock.calls.map((call) => String(call[1]))
    expect(Array.from(cut!)).toHaveLength(DONE_MAX_LENGTH)
    expect(cut!.endsWith('a😀')).toBe(true)
    expect(() => encodeURIComponent(cut!)).not.toThrow()
    expect(plain).toBe('Saved .exe \ufffd now')
  })

  it('keeps a crafted message short and on one line', async () => {
    await leaveNoticeForPage({ ok: true }, formToObject(formWith({ [DONE_FIELD]: `Done\r\n${'x'.repeat(1000)}` })))
    const [, text] = jar.set.mock.calls[0]!
    expect(text).toHaveLength(DONE_MAX_LENGTH)
    expect(text).not.toMatch(/[\r\n]/)
  })
})
