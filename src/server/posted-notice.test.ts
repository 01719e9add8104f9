import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ASKED_BELOW_COOKIE, DONE_COOKIE, DONE_FIELD, DONE_MAX_ESCAPED, DONE_MAX_LENGTH, FORM_FIELD, REFUSED_BELOW_COOKIE, REFUSED_COOKIE } from '../lib/posted-notice'

const jar = { set: vi.fn(), getAll: vi.fn() }
// Each handed message has a cookie name of its own: the prefix and a random part.
const named = (prefix: string) => expect.stringMatching(new RegExp(`^${prefix}-[0-9a-f-]{36}$`))
let requestHeaders = new Headers()
vi.mock('next/headers', () => ({ cookies: async () => jar, headers: async () => requestHeaders }))

const { formToObject } = await import('./action')
const { leaveAnswerForPage, postedNotice, postedRefusal, withStepNotice } = await import('./posted-notice')

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
    await leaveAnswerForPage({ ok: true, data: null }, formToObject(formWith({ [DONE_FIELD]: 'Appointment cancelled.' })))
    expect(jar.set).toHaveBeenCalledWith(named(DONE_COOKIE), 'Appointment cancelled.', expect.objectContaining({ maxAge: 0, httpOnly: true }))
  })

  it('says a duplicate’s own notice rather than the form’s', async () => {
    await leaveAnswerForPage({ ok: true, data: null, notice: 'This was already saved.' }, formToObject(formWith({ [DONE_FIELD]: 'Appointment cancelled.' })))
    expect(jar.set).toHaveBeenCalledWith(named(DONE_COOKIE), 'This was already saved.', expect.anything())
  })

  it('leaves nothing for a refusal its form shows, for the page’s script (it shows its own), or for a form that names no message', async () => {
    await leaveAnswerForPage({ ok: false, code: 'VALIDATION', message: 'Check the answers', fieldErrors: { reason: ['Enter a reason'] } }, formToObject(formWith({ [DONE_FIELD]: 'Appointment cancelled.' })))
    await leaveAnswerForPage({ ok: true, data: null, notice: 'This was already saved.' }, formToObject(formWith({ notes: 'x' })))
    await leaveAnswerForPage({ ok: true, data: null }, formToObject(formWith({ notes: 'x' })))
    requestHeaders = new Headers({ 'next-action': 'abc' })
    await leaveAnswerForPage({ ok: true, data: null }, formToObject(formWith({ [DONE_FIELD]: 'Appointment cancelled.' })))
    expect(jar.set).not.toHaveBeenCalled()
  })

  it('cuts a crafted message at a whole character and drops what would reorder or hide it (break 56 F1, F5)', async () => {
    await leaveAnswerForPage({ ok: true, data: null }, formToObject(formWith({ [DONE_FIELD]: `${'a'.repeat(DONE_MAX_LENGTH - 1)}😀${'b'.repeat(50)}` })))
    await leaveAnswerForPage({ ok: true, data: null }, formToObject(formWith({ [DONE_FIELD]: 'Saved\u202E.exe\u200B\uD800 now' })))
    const [cut, plain] = jar.set.mock.calls.map((call) => String(call[1]))
    expect(Array.from(cut!)).toHaveLength(DONE_MAX_LENGTH)
    expect(cut!.endsWith('a😀')).toBe(true)
    expect(() => encodeURIComponent(cut!)).not.toThrow()
    expect(plain).toBe('Saved .exe \ufffd now')
  })

  it('keeps a crafted message short and on one line', async () => {
    await leaveAnswerForPage({ ok: true, data: null }, formToObject(formWith({ [DONE_FIELD]: `Done\r\n${'x'.repeat(5000)}` })))
    // A composed notice naming several appointments runs past 300 characters (break 66 F2); escaped, it stays small.
    await leaveAnswerForPage({ ok: true, data: null }, formToObject(formWith({ [DONE_FIELD]: '😀'.repeat(1000) })))
    const [text, emoji] = jar.set.mock.calls.map((call) => String(call[1]))
    expect(text).toHaveLength(DONE_MAX_LENGTH)
    expect(text).not.toMatch(/[\r\n]/)
    expect(encodeURIComponent(emoji!).length).toBeLessThanOrEqual(DONE_MAX_ESCAPED)
    expect(Array.from(emoji!).length).toBe(Math.floor(DONE_MAX_ESCAPED / 12))
  })
})

// Break 56 F2: a stale form posted without the script was refused, but its form had been re-keyed or had gone.
describe('a stale refusal posted without the page’s script is handed to the page', () => {
  beforeEach(() => {
    jar.set.mockReset()
    requestHeaders = new Headers()
  })

  it('hands a stale form’s refusal, a stale validation’s own lines, a record gone and a step forbidden', async () => {
    const values = formToObject(formWith({ reason: 'Office closed' }))
    await leaveAnswerForPage({ ok: false, code: 'CONFLICT', message: 'This record was changed.', reload: 'Reload the page' }, values)
    await leaveAnswerForPage({ ok: false, code: 'VALIDATION', message: 'Check the answers', fieldErrors: { _form: ['The circle has closed.'] }, reload: 'Reload the page' }, values)
    await leaveAnswerForPage({ ok: false, code: 'NOT_FOUND', message: 'This record does not exist.' }, values)
    // A step not the user's to take, from a form their page never shows (break 62 F6: the page came back silent).
    await leaveAnswerForPage({ ok: false, code: 'FORBIDDEN', message: 'You do not have permission to do that.' }, values)
    expect(jar.set.mock.calls.map((call) => [call[0], call[1], call[2].maxAge])).toEqual([
      [named(REFUSED_COOKIE), 'This record was changed.', 0],
      [named(REFUSED_COOKIE), 'The circle has closed.', 0],
      [named(REFUSED_COOKIE), 'This record does not exist.', 0],
      [named(REFUSED_COOKIE), 'You do not have permission to do that.', 0],
    ])
  })

  it('leaves a conflict that carries the saved record to its form, which shows it beside the user’s own text (walk 61 F5)', async () => {
    const conflict = { ok: false as const, code: 'CONFLICT' as const, message: 'This record was changed.', reload: 'Reload the page' }
    await leaveAnswerForPage({ ...conflict, details: { current: { notes: 'Saved first', version: 2 }, shownByForm: true } }, {})
    expect(jar.set).not.toHaveBeenCalled()
    // Walk 72 F4: a form far down the page (the run page's record) is pointed to from the top, as a refusal of its answers is.
    await leaveAnswerForPage({ ...conflict, details: { current: { version: 2 }, shownByForm: true } }, formToObject(formWith({ [FORM_FIELD]: 'record' })))
    expect(jar.set).toHaveBeenCalledWith(named(REFUSED_BELOW_COOKIE), 'record', expect.objectContaining({ maxAge: 0 }))
    jar.set.mockReset()
    // A conflict whose form shows nothing of the saved record is still said at the top, whatever its details hold.
    await leaveAnswerForPage({ ...conflict, details: { current: { notes: 'Saved first', version: 2 } } }, {})
    expect(jar.set.mock.calls.map((call) => call[1])).toEqual(['This record was changed.'])
  })

  it('leaves it to the form when the page’s script sent it', async () => {
    requestHeaders = new Headers({ 'next-action': 'abc' })
    await leaveAnswerForPage({ ok: false, code: 'CONFLICT', message: 'This record was changed.', reload: 'Reload the page' }, {})
    expect(jar.set).not.toHaveBeenCalled()
  })
})

// Break 57 F1: the page showed any such cookie the browser sent, so another site on the host could plant a message;
// break 58 F1: deciding by the name alone let a planted cookie silence the real one.
describe('the page reads only what this response handed it', () => {
  // Break 66 F2: a message composed after the step (whom a Limited Access change keeps out) was lost without the script:
  // the page showed the form's plain "Added to the list".
  it('hands a step’s composed notice after the form’s own, and the page shows the last one set', async () => {
    requestHeaders = new Headers()
    jar.set.mockReset()
    const first = `${DONE_COOKIE}-1b7c2d9e-0000-4000-8000-00000000000a`
    jar.getAll.mockReturnValue([{ name: first, value: 'Added to the list.' }])
    const state = await withStepNotice({ ok: true as const, data: null }, 'Added to the list. A coming appointment is with Rhian Evans.')
    expect(state.notice).toBe('Added to the list. A coming appointment is with Rhian Evans.')
    expect(jar.set).toHaveBeenCalledWith(named(DONE_COOKIE), 'Added to the list. A coming appointment is with Rhian Evans.', expect.objectContaining({ maxAge: 0 }))
    jar.getAll.mockReturnValue([{ name: first, value: 'Added to the list.' }, { name: String(jar.set.mock.calls[0]![0]), value: String(jar.set.mock.calls[0]![1]) }])
    expect(await postedNotice()).toBe('Added to the list. A coming appointment is with Rhian Evans.')
  })

  it('hands no composed notice when the form named no message of its own, or with the page’s script', async () => {
    requestHeaders = new Headers()
    jar.set.mockReset()
    jar.getAll.mockReturnValue([])
    expect((await withStepNotice({ ok: true as const, data: null }, 'Rota made: 8 meetings.')).notice).toBe('Rota made: 8 meetings.')
    jar.getAll.mockReturnValue([{ name: `${DONE_COOKIE}-1b7c2d9e-0000-4000-8000-00000000000b`, value: 'Saved.' }])
    requestHeaders = new Headers({ 'next-action': 'abc' })
    await withStepNotice({ ok: true as const, data: null }, 'Rota made: 8 meetings.')
    expect(jar.set).not.toHaveBeenCalled()
  })

  const handed = [`${DONE_COOKIE}-1b7c2d9e-0000-4000-8000-000000000001`, `${REFUSED_COOKIE}-1b7c2d9e-0000-4000-8000-000000000002`]
  beforeEach(() => {
    jar.getAll.mockReset()
    jar.getAll.mockReturnValue([
      { name: `${DONE_COOKIE}-planted`, value: 'Phone the helpdesk with your password' },
      { name: `${REFUSED_COOKIE}-planted`, value: 'Phone the helpdesk with your password' },
      { name: handed[0], value: 'Appointment cancelled.' },
      { name: handed[1], value: 'This record was changed.' },
    ])
  })

  it('reads the message this response set, beside any the browser sent', async () => {
    requestHeaders = new Headers({ cookie: `next-auth.session-token=abc; ${DONE_COOKIE}-planted=x; ${REFUSED_COOKIE}-planted=x; ${DONE_COOKIE}=x` })
    expect(await postedNotice()).toBe('Appointment cancelled.')
    expect(await postedRefusal()).toBe('This record was changed.')
  })

  it('shows nothing the browser sent, which this app never leaves it', async () => {
    requestHeaders = new Headers({ cookie: `a=1; ${handed[0]}=x; ${handed[1]}=x; ${DONE_COOKIE}-planted=x; ${REFUSED_COOKIE}-planted=x` })
    expect(await postedNotice()).toBeNull()
    expect(await postedRefusal()).toBeNull()
  })

  // Break 59 F1: the names the browser sent were trimmed (String.trim drops a no-break space) where Next's cookie reader
  // keeps it, so a planted `llwybr-done-voilà` (name ending U+00A0) passed as handed by this response.
  it('shows no name the browser sent, however it is spaced, nor any name not of the form it hands', async () => {
    const planted = [`${DONE_COOKIE}-voil\u00a0`, `${REFUSED_COOKIE}-x\u00a0`, `\u00a0${handed[0]}`, `${handed[1]}\u2003`]
    jar.getAll.mockReturnValue(planted.map((name) => ({ name, value: 'Phone the helpdesk with your password' })))
    requestHeaders = new Headers({ cookie: `a=1` })
    expect(await postedNotice()).toBeNull()
    expect(await postedRefusal()).toBeNull()
    jar.getAll.mockReturnValue([{ name: handed[0], value: 'Planted under the real name' }, { name: handed[1], value: 'Planted too' }])
    requestHeaders = new Headers({ cookie: `a=1;\u00a0${handed[0]}\u00a0=x; ${handed[1]}\t=y` })
    expect(await postedNotice()).toBeNull()
    expect(await postedRefusal()).toBeNull()
  })
})

// Walk 63 F6: a pathway update far down the page, refused without the page's script, came back at the top of the page
// with no sign of the refusal. The form names its place; the page is handed it, to say at the top and link down.
describe('a refusal of a form’s answers posted without the page’s script', () => {
  const refused = { ok: false as const, code: 'VALIDATION' as const, message: 'Check the answers', fieldErrors: { status: ['Choose a status'] } }
  beforeEach(() => {
    jar.set.mockReset()
    requestHeaders = new Headers()
  })

  it('hands the page the place of the form, kept out of its values', async () => {
    const values = formToObject(formWith({ status: '', [FORM_FIELD]: 'update-FINANCE_BENEFITS_DEBT' }))
    expect(Object.keys(values)).toEqual(['status'])
    await leaveAnswerForPage(refused, values)
    expect(jar.set).toHaveBeenCalledWith(named(REFUSED_BELOW_COOKIE), 'update-FINANCE_BENEFITS_DEBT', expect.objectContaining({ maxAge: 0, httpOnly: true }))
  })

  it('hands nothing for a place no form draws, or a post made by the page’s script', async () => {
    for (const place of ['x"><script>', '', '1abc', 'a'.repeat(101)]) await leaveAnswerForPage(refused, formToObject(formWith({ [FORM_FIELD]: place })))
    await leaveAnswerForPage({ ...refused, fieldErrors: { confirm: ['Are you sure?'] } }, formToObject(formWith({ [FORM_FIELD]: '' })))
    requestHeaders = new Headers({ 'next-action': 'abc' })
    await leaveAnswerForPage(refused, formToObject(formWith({ [FORM_FIELD]: 'plan' })))
    expect(jar.set).not.toHaveBeenCalled()
  })

  // Walk 68 F5, break 68 F4: "Replace its minutes?" and "Are you sure…?" were asked only in the form, three screens
  // below the top the page opened at, so a chair took the question for a save.
  it('points to a question the form asks before saving, as a question; asked again unticked, as a problem', async () => {
    const opts = expect.objectContaining({ maxAge: 0, httpOnly: true })
    await leaveAnswerForPage({ ...refused, fieldErrors: { confirm: ['Are you sure?'] } }, formToObject(formWith({ [FORM_FIELD]: 'approve' })))
    expect(jar.set).toHaveBeenCalledWith(named(ASKED_BELOW_COOKIE), 'approve-confirm-title', opts)
    jar.set.mockReset()
    // As the domain refuses it (item-writes.ts), before the action words it as the question.
    await leaveAnswerForPage({ ok: false, code: 'CONFLICT', message: 'This nominal is already recorded', details: { recordedAt: '2026-12-07T16:01:00.000Z', recordedBy: 'Huw Roberts', asks: true } }, formToObject(formWith({ [FORM_FIELD]: 'record' })))
    expect(jar.set).toHaveBeenCalledWith(named(ASKED_BELOW_COOKIE), 'record-error-summary-title', opts)
    jar.set.mockReset()
    await leaveAnswerForPage({ ...refused, fieldErrors: { confirm: ['Tick the box'] } }, formToObject(formWith({ [FORM_FIELD]: 'approve', confirmAsked: '1' })))
    expect(jar.set).toHaveBeenCalledWith(named(REFUSED_BELOW_COOKIE), 'approve', opts)
  })
})
