import { describe, expect, it } from 'vitest'
import { issueKey } from '../validation-messages'
import { ZBreakGlassOpen } from './break-glass.schemas'

const target = 'W100001'
const messages = (reason: string) => {
  const parsed = ZBreakGlassOpen.safeParse({ target, reason })
  return parsed.success ? [] : parsed.error.issues.map((i) => i.message)
}

describe('a break-glass reason', () => {
  it('needs 20 characters a reader sees, not 20 code units (break 50 F7)', () => {
    expect(messages('a\u0301'.repeat(10) + '\u0301'.repeat(10))).toEqual(['breakGlassReasonShort'])
    expect(messages('Called by custody')).toEqual(['breakGlassReasonShort'])
    // Padding with spaces (any kind) reads as one gap (walk 52 F3, break 52 F15).
    expect(messages('a' + ' '.repeat(19) + 'b')).toEqual(['breakGlassReasonShort'])
    expect(messages('x' + '\u00A0'.repeat(20) + 'y')).toEqual(['breakGlassReasonShort'])
    // Nor characters that draw nothing, accents on spaces or blank-looking symbols (re-break 52 F1).
    for (const pad of ['\u200B', '\u2800', '\u3164', '\uFFA0', '\u2060', '\u00AD', '\u180E', ' \u0300', '\u{1D159}', '\u{1D173}', '★']) {
      expect(messages('a' + pad.repeat(19) + 'b'), JSON.stringify(pad)).toEqual(['breakGlassReasonShort'])
    }
    expect(messages('Called by custody at 3am')).toEqual([])
    expect(messages('Galwad gan y ddalfa: Siôn')).toEqual([])
    expect(messages('')).toEqual(['breakGlassReasonRequired'])
  })

  it('says something: at least three different words, not one repeated (re-break 52b F5)', () => {
    for (const said of ['a'.repeat(25), '1234567890123456789012', 'urgent urgent urgent urgent', 'URGENT Urgent urgent!!! urgent', 'a b c d e f g h i j k l m n o p', '12 34 56 78 90 11 22 33 44', 'call call call 14:30 14:30 14:30']) {
      expect(messages(said), said).toEqual(['breakGlassReasonWords'])
    }
    expect(messages('Angen brys: ŵyl a tŷ')).toEqual([])
    expect(messages('Court duty for W100001 at 10am')).toEqual([])
    // Terse reasons with a time and a CRN say something (break 53 F2).
    expect(messages('Police call 14:30 X123456')).toEqual([])
    expect(messages('MAPPA L3 X123456 14:30')).toEqual([])
  })

  it('counts a one-letter word, as Welsh has, but needs two full words (break 54 F2)', () => {
    for (const said of ['Risg i blentyn, 14:30', 'Ffoniodd y llys 14:30', 'Galwad y llys am 14:30 X123456']) expect(messages(said), said).toEqual([])
    for (const said of ['aa bb cc dd ee ff gg', 'aaa bbb ccc ddd eee fff', 'a b c d e f g h i j k', 'ab cd ef gh ij kl mn op', 'x y z aaaa 12345 67890']) {
      expect(messages(said), said).toEqual(['breakGlassReasonWords'])
    }
  })

  it('names its minimum in the message (the CI run of 9c42de92 showed "at least {min} characters")', () => {
    const parsed = ZBreakGlassOpen.safeParse({ target, reason: 'Just checking' })
    expect(parsed.success).toBe(false)
    expect(issueKey(parsed.error!.issues[0]!)).toEqual({ key: 'breakGlassReasonShort', values: { min: 20 } })
  })
})

// Walk 51 F5, break 51 F6: "from=banana" also said the range was the wrong way round; so did the timeline's and the
// MAPPA action tracker's filters, which share the rule (daysInOrder).
describe('a date filter refused on its own brings no second message about the range', () => {
  it.each([
    ['break-glass review', async () => (await import('./break-glass.schemas')).ZBreakGlassQuery, 'from', 'to'],
    ['timeline', async () => (await import('../contacts/timeline.schemas')).ZTimelineQuery, 'from', 'to'],
    ['MAPPA action tracker', async () => (await import('../mappa/tracker.schemas')).ZTrackerQuery, 'dueFrom', 'dueTo'],
  ] as const)('%s', async (_name, schema, from, to) => {
    const base = { offenderId: '0b6f1c52-3f7e-4c39-9d8e-1a2b3c4d5e6f' }
    const issues = async (query: object) => (await schema()).safeParse({ ...base, ...query }).error?.issues.map((i) => [i.path.join('.'), i.message])
    expect(await issues({ [from]: 'banana', [to]: '2026-12-01' })).toEqual([[from, 'invalidDate']])
    expect(await issues({ [from]: '2026-12-02', [to]: '2026-12-01' })).toEqual([[to, 'dateOrder']])
    expect(await issues({ [from]: '2026-12-01', [to]: '2026-12-01' })).toBeUndefined()
  })
})
