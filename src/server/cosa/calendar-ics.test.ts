import { describe, expect, it } from 'vitest'
import { buildCalendar, foldLine } from './calendar-ics'

const labels = { summary: 'Circle meeting / Cyfarfod cylch', calendarName: 'Circle meetings / Cyfarfodydd cylch' }
/** Unfolded content lines (RFC 5545 folds long lines with CRLF + space). */
const lines = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n')

describe('buildCalendar', () => {
  it('writes one event per meeting, in UTC, with a stable UID, the summary and the venue', () => {
    // 19:00 London summer time is 18:00 UTC.
    const ics = buildCalendar([{ id: 'a1b2', startsAt: new Date('2026-06-02T18:00:00Z'), endsAt: new Date('2026-06-02T19:30:00Z'), venue: 'Neuadd y Dref, Bangor' }], labels)
    const l = lines(ics)
    expect(l[0]).toBe('BEGIN:VCALENDAR')
    expect(l).toContain('X-WR-CALNAME:Circle meetings / Cyfarfodydd cylch')
    expect(l).toContain('UID:a1b2@llwybr')
    expect(l).toContain('DTSTART:20260602T180000Z')
    expect(l).toContain('DTEND:20260602T193000Z')
    expect(l).toContain('SUMMARY:Circle meeting / Cyfarfod cylch')
    // Commas and semicolons are escaped as text values require.
    expect(l).toContain('LOCATION:Neuadd y Dref\\, Bangor')
    expect(l.filter((x) => x === 'BEGIN:VEVENT')).toHaveLength(1)
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true)
  })

  it('keeps a venue with line breaks on its one LOCATION line, with no bare carriage return (break 41 F6)', () => {
    const ics = buildCalendar([{ id: 'cr', startsAt: new Date('2026-06-02T18:00:00Z'), endsAt: new Date('2026-06-02T19:30:00Z'), venue: 'Canolfan\rEND:VEVENT\r\nBEGIN:VEVENT\nSUMMARY:x\u2028Stryd Fawr' }], labels)
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    const l = lines(ics)
    expect(l).toContain('LOCATION:Canolfan\\, END:VEVENT\\, BEGIN:VEVENT\\, SUMMARY:x\\, Stryd Fawr')
    expect(l.filter((x) => x === 'BEGIN:VEVENT')).toHaveLength(1)
  })

  it('leaves the location out when the circle has no venue, and keeps winter times in UTC', () => {
    const l = lines(buildCalendar([{ id: 'w1', startsAt: new Date('2026-12-01T19:00:00Z'), endsAt: new Date('2026-12-01T20:30:00Z'), venue: null }], labels))
    expect(l).toContain('DTSTART:20261201T190000Z')
    expect(l.some((x) => x.startsWith('LOCATION'))).toBe(false)
  })

  it('gives an empty but valid calendar when there is nothing confirmed', () => {
    const l = lines(buildCalendar([], labels))
    expect(l).toContain('BEGIN:VCALENDAR')
    expect(l).toContain('END:VCALENDAR')
    expect(l).not.toContain('BEGIN:VEVENT')
  })

  // Issue 16 item 13: folding counted characters, so Welsh text (two-octet ŵ, ŷ, â) gave 78-octet lines.
  it('keeps every line of a feed full of Welsh characters within 75 octets, never splitting a character', () => {
    const venues = [
      'Canolfan Gymunedol Tŷ Hywel, Ffordd Glan-y-Môr, Pwllheli, Gŵynedd',
      'ŵŷâêîôûŵŷâêîôûŵŷâêîôûŵŷâêîôûŵŷâêîôûŵŷâêîôûŵŷâêîôûŵŷâêîôûŵŷâêîôûŵŷâêîôûŵŷâêîôû Neuadd Bentref Llanfair-ym-Muallt',
      `Tŷ'r Ysgol ${'ŵ'.repeat(40)} — 🏠 ${'â'.repeat(33)}`,
    ]
    const welsh = { summary: 'Cyfarfod cylch — ŵŷâ'.repeat(6), calendarName: 'Cyfarfodydd cylch Tŷ Hywel ŵŷ'.repeat(4) }
    const ics = buildCalendar(venues.map((venue, i) => ({ id: `m${i}`, startsAt: new Date('2026-06-02T18:00:00Z'), endsAt: new Date('2026-06-02T19:30:00Z'), venue })), welsh)
    const physical = ics.split('\r\n')
    for (const line of physical) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
    // Re-encoding each line gives back the same text: no line ends or starts inside a character.
    for (const line of physical) expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line)
    expect(physical.some((l) => l.startsWith(' '))).toBe(true)
    expect(lines(ics)).toContain('LOCATION:Canolfan Gymunedol Tŷ Hywel\\, Ffordd Glan-y-Môr\\, Pwllheli\\, Gŵynedd')
  })

  it('folds by octets: a 75-octet line stays whole and a 76-octet one continues after a space', () => {
    expect(foldLine('a'.repeat(75))).toEqual(['a'.repeat(75)])
    expect(foldLine(`${'a'.repeat(74)}ŵ`)).toEqual(['a'.repeat(74), ' ŵ'])
    expect(foldLine('ŵ'.repeat(80)).every((p) => Buffer.byteLength(p) <= 75)).toBe(true)
    expect(foldLine('ŵ'.repeat(80)).map((p) => p.replace(/^ /, '')).join('')).toBe('ŵ'.repeat(80))
  })
})
