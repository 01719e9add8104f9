import { createTranslator } from 'use-intl/core'
import { describe, expect, it, vi } from 'vitest'
import cyMessages from '../../i18n/messages/cy'
import enMessages from '../../i18n/messages/en'

const locale = vi.hoisted(() => ({ now: 'en' as 'en' | 'cy' }))
vi.mock('next-intl/server', () => ({
  getLocale: async () => locale.now,
  getTranslations: async (namespace?: string) => createTranslator({ locale: locale.now, messages: locale.now === 'cy' ? cyMessages : enMessages, namespace: namespace as never }),
}))
// With the page's script (posted-notice.test.ts covers the hand-over without it).
vi.mock('next/headers', () => ({ cookies: async () => ({ getAll: () => [], set: () => {} }), headers: async () => new Headers({ 'next-action': 'x' }) }))
const { sayWhoIsKeptOut } = await import('./kept-out-notice')

const saved = (data: object) => ({ ok: true as const, data })
const meeting = { startsAt: new Date('2026-12-08T10:00:00Z'), chairName: 'Huw Roberts' }

// Walk 34 O4: the senior who excludes a chair is told of the coming meeting that chair is to hear the person at.
describe('what a change of the lists says it did', () => {
  it('names the chair and the day of each coming meeting, after the plain success when nothing else followed', async () => {
    locale.now = 'en'
    const state = await sayWhoIsKeptOut(saved({ keptOutOfCircle: [], chairKeptOutOf: [meeting] }), 'servesInCircle', 'added')
    expect(state?.ok && state.notice).toBe('Added to the list. This person is on the agenda of a coming MAPPA meeting whose chair the lists now keep out: Huw Roberts on 8 Dec 2026 at 10:00. The chair will see the item as a restricted record and cannot hear it: ask the MAPPA coordinator to change the chair or defer the item.')
  })

  it('follows the circle’s sentence, in Welsh too', async () => {
    locale.now = 'cy'
    const state = await sayWhoIsKeptOut(saved({ keptOutOfCircle: ['Alun Griffiths'], chairKeptOutOf: [meeting, { ...meeting, chairName: 'Siân Morgan' }] }), 'removedServesInCircle', 'removed')
    const notice = state?.ok ? state.notice : ''
    expect(notice).toMatch(/^Wedi’i dynnu oddi ar y rhestr\. Mae Alun Griffiths yn gwasanaethu/)
    expect(notice).toContain('cyfarfodydd MAPPA sydd i ddod y mae’r rhestrau bellach yn cadw eu cadeiryddion allan: Huw Roberts ar 8 Rhag 2026 am 10:00 a Siân Morgan ar 8 Rhag 2026 am 10:00.')
  })

  // Break 65 F5: excluding the staff member of a coming appointment took it out of their diary and said nothing.
  it('names each coming appointment whose staff member the lists keep out, and what to do', async () => {
    locale.now = 'en'
    const appointment = { contactId: 'c1', startsAt: new Date('2026-12-08T15:30:00Z'), staffName: 'Rhian Evans' }
    const state = await sayWhoIsKeptOut(saved({ keptOutOfCircle: [], chairKeptOutOf: [], staffKeptOutOf: [appointment] }), 'servesInCircle', 'added')
    expect(state?.ok && state.notice).toBe('Added to the list. A coming appointment with this person is with a member of staff the lists now keep out: Rhian Evans on 8 Dec 2026 at 15:30. Their diary shows it only as a restricted booking, not with whom or where: cancel it in the person’s Appointments section and arrange it again with another member of staff.')
    locale.now = 'cy'
    const two = await sayWhoIsKeptOut(saved({ keptOutOfCircle: [], chairKeptOutOf: [meeting], staffKeptOutOf: [appointment, { ...appointment, staffName: 'Dafydd Jones' }] }), 'servesInCircle', 'added')
    const notice = two?.ok ? two.notice : ''
    expect(notice).toMatch(/^Wedi’i ychwanegu at y rhestr\. Mae’r person hwn ar agenda cyfarfod MAPPA/)
    expect(notice).toContain('Mae apwyntiadau sydd i ddod gyda’r person hwn gydag aelodau o staff y mae’r rhestrau bellach yn eu cadw allan: Rhian Evans ar 8 Rhag 2026 am 15:30 a Dafydd Jones ar 8 Rhag 2026 am 15:30. Dim ond fel archebion cyfyngedig y maent yn ymddangos yn eu dyddiaduron, heb ddweud gyda phwy na ble: canslwch nhw yn adran Apwyntiadau’r person a’u trefnu eto gydag aelodau eraill o staff.')
  })

  it('names five appointments and counts the rest, so what to do is always said (review 66b B3)', async () => {
    locale.now = 'en'
    const many = Array.from({ length: 12 }, (_, n) => ({ contactId: `c${n}`, startsAt: new Date(Date.UTC(2026, 11, 8 + n, 10)), staffName: `Staff ${n + 1}` }))
    const state = await sayWhoIsKeptOut(saved({ keptOutOfCircle: [], chairKeptOutOf: [], staffKeptOutOf: many }), 'servesInCircle', 'added')
    const notice = state?.ok ? state.notice! : ''
    expect(notice).toContain('Staff 5 on 12 Dec 2026 at 10:00, and 7 more.')
    expect(notice).not.toContain('Staff 6')
    expect(notice.endsWith('arrange them again with other staff.')).toBe(true)
    expect(notice.length).toBeLessThan(800)
  })

  it('opens a merge’s notice of appointments alone with the merge itself', async () => {
    locale.now = 'en'
    const appointment = { contactId: 'c1', startsAt: new Date('2026-12-08T15:30:00Z'), staffName: 'Rhian Evans' }
    const state = await sayWhoIsKeptOut(saved({ keptOutOfCircle: [], chairKeptOutOf: [], staffKeptOutOf: [appointment] }), 'mergedServesInCircle', 'merged')
    expect(state?.ok && state.notice).toMatch(/^Records merged\. A coming appointment with this person/)
  })

  it('says nothing more when nothing followed, and leaves a replay’s notice alone', async () => {
    locale.now = 'en'
    expect(await sayWhoIsKeptOut(saved({ keptOutOfCircle: [], chairKeptOutOf: [] }), 'servesInCircle', 'added')).toEqual(saved({ keptOutOfCircle: [], chairKeptOutOf: [] }))
    const replay = { ...saved({ keptOutOfCircle: [], chairKeptOutOf: [meeting] }), notice: 'Already saved' }
    expect(await sayWhoIsKeptOut(replay, 'servesInCircle', 'added')).toBe(replay)
  })
})
