import { describe, expect, it } from 'vitest'
import { formToObject } from './action'
import { nestDotted } from './zod-fields'

// Found by trying to break issue 13's forms: a field named `__proto__.x` reached Object.prototype.
describe('form input never reaches an object prototype', () => {
  it('drops dotted names through __proto__, constructor or prototype', () => {
    const nested = nestDotted({ '__proto__.polluted': 'yes', 'constructor.prototype.viaCtor': 'yes', 'offences.0.category': 'THEFT' }) as Record<string, unknown>
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(({} as Record<string, unknown>).viaCtor).toBeUndefined()
    expect(nested).toEqual({ offences: { 0: { category: 'THEFT' } } })
  })

  it('keeps a nested block when a dotted name and a plain one share a prefix', () => {
    expect(nestDotted({ 'a.b': '1', 'a.c': '2' })).toEqual({ a: { b: '1', c: '2' } })
  })

  it('leaves unsafe names out of a form, and gives no fields for a body that is not a form', () => {
    const form = new FormData()
    form.append('__proto__', 'x')
    form.append('__proto__', 'y')
    form.append('constructor.prototype.z', '1')
    form.append('notes', 'ok')
    const values = formToObject(form)
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype)
    expect(values).toEqual({ notes: 'ok' })
    expect(formToObject('hello' as unknown as FormData)).toEqual({})
    expect(formToObject([null, { a: 1 }] as unknown as FormData)).toEqual({})
  })
})

describe('text with control characters is refused field by field (security.md IV-2)', () => {
  it('names each field holding NUL, other controls or a right-to-left override, and lets ordinary text through', async () => {
    const { fieldsWithControlCharacters } = await import('./zod-fields')
    expect(
      fieldsWithControlCharacters({
        notes: 'Line one\nLine two\twith a tab\r\n',
        court: 'Cardiff\u0000Magistrates',
        'offences.0.description': 'report\u202Eexe.pdf',
        reason: ['fine', 'bell\u0007'],
        name: 'Siân Ŵyn',
        hours: 12,
      }),
    ).toEqual(['court', 'offences.0.description', 'reason'])
  })
})

// Break test 22, D4: invalid UTF-8 (bytes ED A0 80, a CESU-encoded lone surrogate) arrived as U+FFFD and was saved.
describe('text that could not be read is refused field by field', () => {
  it('names each field holding U+FFFD or a lone surrogate, in forms, filters and the shared text field', async () => {
    const { fieldsWithUnreadableCharacters, trimmedText } = await import('./zod-fields')
    const { filterQuery } = await import('./filter-query')
    expect(fieldsWithUnreadableCharacters({ name: '\uFFFD\uFFFD\uFFFD', role: ['ok', 'x\uD800'], low: 'y\uDC00z', welsh: 'Siân Ŵyn 🏴󠁧󠁢󠁷󠁬󠁳󠁿', n: 3 })).toEqual(['name', 'role', 'low'])
    expect(trimmedText().safeParse('Mair\uFFFD').error?.issues.map((i) => i.message)).toEqual(['unreadableCharacters'])
    // Noncharacters (U+FFFF, U+FDD0…) are never text either: the minutes PDF printed U+FFFF as "�" (break test 25, D2).
    expect(fieldsWithUnreadableCharacters({ a: 'B25\uFFFF', b: 'x\uFDD0', c: 'ok' })).toEqual(['a', 'b'])
    expect(trimmedText().safeParse('\uD83D').success).toBe(false)
    expect(trimmedText().safeParse('Siân 😀').success).toBe(true)
    expect(filterQuery({ q: trimmedText().optional() }).safeParse({ q: 'a\uFFFD' }).error?.issues.map((i) => [i.path.join('.'), i.message])).toContainEqual(['q', 'unreadableCharacters'])
  })
})

// Break test 27, D4: a required venue made only of combining accent marks passed, and so did text with an embedded
// byte-order mark, tag characters, line or paragraph separators or private-use characters: none reads as text.
describe('invisible or unprintable characters inside text are refused; text of only marks is no value', () => {
  const hidden = { bom: 'B27\uFEFFHall', tag: 'Hall\u{E0041}\u{E0042}', lineSep: 'Bangor\u2028Hall', paraSep: 'Bangor\u2029Hall', privateUse: 'Hall \uE000', plane15: 'Hall \u{F0000}' }
  it('names each field holding one, in forms and in the shared text field, with the unreadable-text message', async () => {
    const { fieldsWithUnreadableCharacters, trimmedText } = await import('./zod-fields')
    expect(fieldsWithUnreadableCharacters(hidden)).toEqual(Object.keys(hidden))
    for (const text of Object.values(hidden)) expect(trimmedText().safeParse(text).error?.issues.map((i) => i.message)).toEqual(['unreadableCharacters'])
  })
  it('keeps ordinary Welsh, composed or not, emoji joined with ZWJ, a Welsh flag and newlines', async () => {
    const { fieldsWithUnreadableCharacters, trimmedText } = await import('./zod-fields')
    const flag = '\u{1F3F4}\u{E0067}\u{E0062}\u{E0077}\u{E006C}\u{E0073}\u{E007F}'
    const ordinary = { composed: 'Ŵyn, Tŷ’r Ysgol, Siân', decomposed: 'W\u0302yn, Ty\u0302’r Ysgol, Sia\u0302n', family: '👩‍👩‍👧 ❤️', flag: `Cymru ${flag} am byth`, lines: 'Llinell 1\nLlinell 2\r\nLlinell 3' }
    expect(fieldsWithUnreadableCharacters(ordinary)).toEqual([])
    for (const text of Object.values(ordinary)) expect(trimmedText().parse(text)).toBe(text)
    // A byte-order mark at the start of copied text is trimmed like any invisible edge, not refused.
    expect(fieldsWithUnreadableCharacters({ copied: '\uFEFFB27 Hall\u2028' })).toEqual([])
    expect(trimmedText().parse('\uFEFFB27 Hall\u2028')).toBe('B27 Hall')
  })
  it('text made only of combining marks (and spaces) is no value, so a required field says so', async () => {
    const { trimmedText } = await import('./zod-fields')
    const required = trimmedText().min(1, 'required')
    for (const marks of ['\u0301\u0302\u0308', ' \u0300 \u0301 ', '\u20DD', '\u0302\u200B'])
      expect(required.safeParse(marks).error?.issues.map((i) => i.message)).toEqual(['required'])
    expect(required.parse('a\u0301')).toBe('a\u0301')
  })
})

// Break 50 F5: `?reference=A&reference=B` was "Enter the request reference" on the page while the bundle took "B".
describe('a filter field repeated in the address is refused, never guessed', () => {
  it('names each repeated field once, and still checks the others', async () => {
    const { filterQuery } = await import('./filter-query')
    const { trimmedText } = await import('./zod-fields')
    const schema = filterQuery({ reference: trimmedText('sarReferenceRequired').min(1, 'sarReferenceRequired'), q: trimmedText().optional() })
    const issues = (input: object) => schema.safeParse(input).error?.issues.map((i) => [i.path.join('.'), i.message])
    expect(issues({ reference: ['SAR-A', 'SAR-B'] })).toEqual([['reference', 'repeatedInAddress']])
    expect(issues({ reference: ['SAR-A', 'SAR-B'], q: 'a\u0000' })).toEqual([['reference', 'repeatedInAddress'], ['q', 'controlCharacters']])
    expect(schema.parse({ reference: 'SAR-A' })).toEqual({ reference: 'SAR-A' })
    // A field the list does not have is no concern of it, repeated or not (re-break 51: `?role=X&role=Y` on users).
    expect(issues({ reference: 'SAR-A', role: ['X', 'Y'], other: 'a\u0000' })).toBeUndefined()
  })
})

// Break 51 F7: a first name of "Z" and 31 combining marks, and one of two emoji, were saved as a new person's name.
describe("a person's legal name", () => {
  it('takes names as written in any language, composed', async () => {
    const { legalName } = await import('./zod-fields')
    for (const name of ['Siân', 'Llŷr', 'O’Brien', "D'Arcy", 'Ap Gwyn-Jones', 'Nguyễn', 'Zoë', 'Дмитрий', 'St. John', 'محمد', '李小龍', 'Jones 2']) expect(legalName().parse(name), name).toBe(name)
    expect(legalName().parse('Sia\u0302n')).toBe('Siân')
    // Nothing invisible is kept inside a name (re-break 51 F4: a zero-width space, joiner or selector was saved).
    expect(legalName().parse('Gar\u200Beth\u200D\uFE0F')).toBe('Gareth')
  })

  it('refuses symbols, emoji and letters under a stack of accents', async () => {
    const { legalName } = await import('./zod-fields')
    // Re-break 51 F4: a composed letter with two more accents, digits, "_" and a Roman numeral passed.
    for (const name of [`Z${'\u0301'.repeat(31)}`, 'x\u0301\u0302\u0303', 'A\u0301\u0302\u0303', '😀😀', 'Rhys 🏴󠁧󠁢󠁷󠁬󠁳󠁿', 'Gwen ♥', '123', '_', 'Henry Ⅻ',
      // Break 52 F12: a keycap (enclosing mark), fullwidth and mathematical letters, an Arabic ligature.
      'Rhys 2\u20E3', 'Ⓡhys', 'Ｒｈｙｓ', '𝐑𝐡𝐲𝐬', 'Ali ﷺ', 'ﬁona']) {
      expect(legalName().safeParse(name).error?.issues.map((i) => i.message), name).toEqual(['nameCharacters'])
    }
  })
})

// Re-break 52 F6: "llinos@example.org " (a space pasted after it) was refused as badly formed.
describe('an email address typed into a form', () => {
  it('is trimmed before it is checked, and kept as typed otherwise', async () => {
    const { emailAddress } = await import('./zod-fields')
    expect(emailAddress().parse('  Llinos.Rasbum@example.org \u200B')).toBe('Llinos.Rasbum@example.org')
    for (const bad of ['nope', 'a@b']) expect(emailAddress().safeParse(bad).error?.issues.map((i) => i.message), bad).toEqual(['invalidEmail'])
    // Left empty it asks for one, not for the right format (walk 60 F10).
    for (const empty of ['', ' ', '\u200b']) expect(emailAddress().safeParse(empty).error?.issues.map((i) => i.message), empty).toEqual(['emailRequired'])
  })
})

// Walk 60 F10, break 60 F12: an empty date-and-time field said "Enter a real date and time".
describe('a date and time typed into a form', () => {
  it('asks for one left empty, and for a real one when it is not', async () => {
    const { londonTime } = await import('./zod-fields')
    const messages = (v: unknown) => londonTime.safeParse(v).error?.issues.map((i) => i.message)
    for (const empty of ['', '  ', '\u200b', undefined]) expect(messages(empty), String(empty)).toEqual(['dateTimeRequired'])
    expect(messages('2026-02-31T10:00')).toEqual(['invalidDateTime'])
    // Break 61 F8–F10: year 0001 was "the clocks go forward", year 9999 was saved.
    for (const far of ['0001-01-01T10:00', '1899-12-31T23:59', '2100-01-01T00:00', '9999-12-31T10:00']) expect(messages(far), far).toEqual(['dateOutOfRange'])
    expect(messages('2099-12-31T23:59')).toBeUndefined()
    expect(londonTime.parse('2026-07-01T10:00').toISOString()).toBe('2026-07-01T09:00:00.000Z')
  })
})
