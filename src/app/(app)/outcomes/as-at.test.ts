import { describe, expect, it } from 'vitest'
import { dateFormatter } from '@/lib/format-dates'
import { asAtNotes } from './as-at'

const t = (key: string, values?: Record<string, string>) => `${key} ${JSON.stringify(values)}`

describe('the figures\' time in downloads and the board pack (issue 14 "Figures as at")', () => {
  it('gives the London time the figures were made, and no late line when they are current', () => {
    expect(asAtNotes({ asAt: new Date('2026-07-01T01:20:00Z'), precomputed: true, lateSince: null }, t, dateFormatter('en'))).toEqual(['outcomesRefresh.exportAsAt {"time":"1 Jul 2026, 02:20"}'])
  })

  it('adds which refresh did not make them when they are late, in the language of its formatter', () => {
    const late = { asAt: new Date('2026-11-28T02:20:00Z'), precomputed: true, lateSince: new Date('2026-12-01T02:15:00Z') }
    expect(asAtNotes(late, t, dateFormatter('en'))).toEqual(['outcomesRefresh.exportAsAt {"time":"28 Nov 2026, 02:20"}', 'outcomesRefresh.exportLate {"due":"1 Dec 2026, 02:15"}'])
    expect(asAtNotes(late, t, dateFormatter('cy'))[1]).toMatch(/^outcomesRefresh.exportLate \{"due":"1 Rhag 2026, 02:15"\}$/)
  })
})
