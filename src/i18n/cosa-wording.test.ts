import { IntlMessageFormat } from 'intl-messageformat'
import { describe, expect, it } from 'vitest'
import cy from './messages/cy'
import en from './messages/en'
import { afterOn, formatDate } from '../lib/format-dates'

type Tree = { [key: string]: string | Tree }
const at = (tree: Tree, path: string) => path.split('.').reduce<string | Tree>((node, key) => (node as Tree)[key]!, tree) as string
const say = (locale: 'en' | 'cy', path: string, values: Record<string, string | number>) =>
  new IntlMessageFormat(at((locale === 'en' ? en : cy) as Tree, path), locale).format(values) as string

// Walk-through D4 and D10 of issue 16: counts are ICU plurals (no "volunteer(s)"), Welsh numerals mutate the
// noun after them ("dau gylch", "tri chylch"), and a volunteer taken off a meeting is named without a gendered pronoun.
describe('COSA counts and Welsh wording', () => {
  it('says "1 volunteer" and "3 volunteers", never "volunteer(s)"', () => {
    expect(say('en', 'enums.rotaRule.TOO_FEW_VOLUNTEERS', { count: 1 })).toBe('Only 1 volunteer: at least two are needed')
    expect(say('en', 'enums.rotaRule.TOO_FEW_VOLUNTEERS', { count: 0 })).toBe('No volunteers: at least two are needed')
    expect(say('en', 'cosaRota.reason.TOO_MANY_CIRCLES', { limit: 1 })).toBe('At their limit of 1 circle')
    expect(say('cy', 'enums.rotaRule.TOO_FEW_VOLUNTEERS', { count: 1 })).toBe('Dim ond un gwirfoddolwr: mae angen o leiaf ddau')
  })
  // Walk 47 F4: the rota's message said nothing of meetings left short; only the table did.
  it('says in the rota’s message how many meetings are left short, and nothing when none is', () => {
    expect(say('en', 'rota.generatedSummary', { meetings: 4, assignments: 7, short: 1 })).toBe('Rota generated. 4 new meetings, 7 volunteer places filled. 1 meeting is left short of two volunteers: the table below says why.')
    expect(say('en', 'rota.generatedSummary', { meetings: 4, assignments: 8, short: 0 })).toBe('Rota generated. 4 new meetings, 8 volunteer places filled.')
    expect(say('cy', 'rota.generatedSummary', { meetings: 4, assignments: 7, short: 2 })).toContain('Cyfarfodydd sy’n brin o ddau wirfoddolwr: 2.')
  })
  it('mutates "cylch" after Welsh numerals', () => {
    expect(say('cy', 'cosaRota.reason.TOO_MANY_CIRCLES', { limit: 2 })).toContain('dau gylch')
    expect(say('cy', 'cosaRota.reason.TOO_MANY_CIRCLES', { limit: 3 })).toContain('tri chylch')
    expect(say('cy', 'enums.rotaRule.TOO_MANY_CIRCLES', { name: 'Mair', limit: 2 })).toBe('Mair: mwy na dau gylch')
    expect(say('cy', 'cosaRota.pattern.canMake', { canMake: 1, of: 2 })).toContain('dau wirfoddolwr')
  })
  it('names someone taken off a meeting without "ei dynnu" (wrong for a woman)', () => {
    for (const [path, values] of [
      ['cosaGaps.decline.takenOff', { name: 'Mair', reason: 'sâl' }],
      ['cosaRota.dropout.REMOVED', { name: 'Mair', when: '7 Rhag', reason: 'sâl' }],
    ] as const) {
      expect(say('cy', path, values)).not.toMatch(/ei dynnu|wedi’i dynnu/)
    }
  })
})

// Walk 23, D5: the Welsh said "ei le" / "ei leoedd" / "iddo" (his) of every volunteer, and "ar Dydd Llun" without the
// soft mutation. Every COSA message about a volunteer's place is gender-neutral; a weekday date after "ar" is mutated.
describe('Welsh COSA wording is gender-neutral and mutates the day after "ar"', () => {
  it('never says "ei le", "ei leoedd", "iddo" or "ei dynnu" of a volunteer whose place was given up or who is taken off', () => {
    for (const [path, values] of [
      ['cosaRota.dropout.PAUSED', { name: 'Mair', when: '7 Rhag', reason: 'sâl' }],
      ['cosaRota.dropout.LEFT_SCHEME', { name: 'Mair', when: '7 Rhag', reason: 'sâl' }],
      ['cosaRota.dropout.LEFT_CIRCLE', { name: 'Mair', when: '7 Rhag', reason: 'sâl' }],
      ['cosaStaffing.stageRelease.means', { name: 'Mair', stage: 'PAUSED', count: 1 }],
      ['cosaStaffing.stageRelease.means', { name: 'Mair', stage: 'LEFT', count: 3 }],
      ['cosaBreak.takeOff.means', { name: 'Mair' }],
    ] as const) {
      expect(say('cy', path, values)).not.toMatch(/\bei le\b|\bei leoedd\b|\biddo\b|ei dynnu|wedi’i oedi|ei gynnig/)
    }
  })
  it('says "ar ddydd Llun" when the first meeting under a pattern is named, and leaves English as it is', () => {
    const monday = new Date('2026-12-07T00:00:00Z')
    expect(say('cy', 'cosaGaps.pattern.saved', { date: afterOn(formatDate(monday, 'dayWeekday', 'cy'), 'cy') })).toContain('ar ddydd Llun, 7 Rhag 2026')
    expect(say('cy', 'circleMinutes.of', { date: afterOn(formatDate(monday, 'dateFull', 'cy'), 'cy') })).toBe('Cyfarfod ar ddydd Llun, 7 Rhagfyr 2026')
    expect(afterOn(formatDate(monday, 'dayWeekday', 'en'), 'en')).toBe('Monday, 7 Dec 2026')
  })
})

// Walk 25 O6: "Beginning the ending cancels 8 meetings … with no confirmed places on them" while those meetings
// carried places still waiting for the volunteers' answer ("Please confirm"), cancelled with them and never mentioned.
describe('what cancelling meetings takes with it', () => {
  it.each(['cosaLast.endingConfirm.willCancel', 'cosaGaps.pattern.willCancel'])('%s counts the places still waiting to be confirmed, in English and Welsh', (path) => {
    expect(say('en', path, { meetings: 8, confirmations: 0, unconfirmed: 5 })).toContain('with no confirmed places and 5 places waiting to be confirmed (“Please confirm”) on them')
    expect(say('en', path, { meetings: 8, confirmations: 1, unconfirmed: 1 })).toContain('with 1 volunteer’s confirmation and 1 place waiting to be confirmed (“Please confirm”) on them')
    expect(say('cy', path, { meetings: 8, confirmations: 0, unconfirmed: 5 })).toContain('gyda dim lle wedi’i gadarnhau a 5 lle’n aros i gael eu cadarnhau (“Cadarnhewch os gwelwch yn dda”) arnynt')
  })
})
