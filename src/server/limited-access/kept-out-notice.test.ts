import { createTranslator } from 'use-intl/core'
import { describe, expect, it, vi } from 'vitest'
import cyMessages from '../../i18n/messages/cy'
import enMessages from '../../i18n/messages/en'

const locale = vi.hoisted(() => ({ now: 'en' as 'en' | 'cy' }))
vi.mock('next-intl/server', () => ({
  getLocale: async () => locale.now,
  getTranslations: async (namespace?: string) => createTranslator({ locale: locale.now, messages: locale.now === 'cy' ? cyMessages : enMessages, namespace: namespace as never }),
}))
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

  it('says nothing more when nothing followed, and leaves a replay’s notice alone', async () => {
    locale.now = 'en'
    expect(await sayWhoIsKeptOut(saved({ keptOutOfCircle: [], chairKeptOutOf: [] }), 'servesInCircle', 'added')).toEqual(saved({ keptOutOfCircle: [], chairKeptOutOf: [] }))
    const replay = { ...saved({ keptOutOfCircle: [], chairKeptOutOf: [meeting] }), notice: 'Already saved' }
    expect(await sayWhoIsKeptOut(replay, 'servesInCircle', 'added')).toBe(replay)
  })
})
