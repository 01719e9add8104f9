import { createTranslator } from 'use-intl/core'
import { describe, expect, it } from 'vitest'
import cyMessages from './messages/cy'
import enMessages from './messages/en'

// Walk 28 D1: the Welsh button read "Tynnu Dydd Mawrth o 18:00", the weekday's label (which starts a line) put
// mid-sentence. The message names the day itself: lower-case "dydd" in Welsh, as "ar ddydd Llun" elsewhere.
describe('a weekday inside a sentence', () => {
  it('is lower-case in Welsh and the day’s name in English', () => {
    const cy = createTranslator({ locale: 'cy', messages: cyMessages })
    const en = createTranslator({ locale: 'en', messages: enMessages })
    expect(cy('cosa.removeWindow', { weekday: '2', from: '18:00' })).toBe('Tynnu dydd Mawrth o 18:00')
    expect(en('cosa.removeWindow', { weekday: '7', from: '09:30' })).toBe('Remove Sunday from 09:30')
  })
})
