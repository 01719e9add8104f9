import { describe, expect, it } from 'vitest'
import { formatLondonDate } from '../../lib/dates'
import { fillTemplate } from './fill-template'
import { ZUpdateLetterTemplate } from './letter.schemas'

const values = { name: 'Geraint Wynne', crn: 'W199990', date: '30 November 2026', failureDate: '29 November 2026', officer: 'Rhian Evans', reason: 'Missed supervision.' }

describe('enforcement letter templates', () => {
  it('fills every placeholder and leaves the administrators’ text as written', () => {
    expect(fillTemplate('Annwyl {name} ({crn}), {failureDate}. {reason} — {officer}, {date}', values)).toBe('Annwyl Geraint Wynne (W199990), 29 November 2026. Missed supervision. — Rhian Evans, 30 November 2026')
  })

  it('refuses a template with a placeholder it cannot fill, in either language', () => {
    const base = { kind: 'WARNING', version: 1, titleEn: 'Warning', titleCy: 'Rhybudd', bodyEn: 'Dear {name}', bodyCy: 'Annwyl {name}' }
    expect(ZUpdateLetterTemplate.safeParse(base).success).toBe(true)
    const bad = ZUpdateLetterTemplate.safeParse({ ...base, bodyCy: 'Annwyl {enw}' })
    expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['bodyCy', 'unknownPlaceholder']])
  })

  it('writes dates out in English and Welsh, on the London calendar', () => {
    const lateEvening = new Date('2026-06-30T23:30:00Z') // 00:30 BST on 1 July
    expect(formatLondonDate(lateEvening, 'en')).toBe('1 July 2026')
    expect(formatLondonDate(lateEvening, 'cy')).toBe('1 Gorffennaf 2026')
  })
})
