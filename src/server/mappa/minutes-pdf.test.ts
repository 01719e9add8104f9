import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { renderMinutesPdf, type MinutesForPdf } from './minutes-pdf'
import { PdfWriter } from './pdf-writer'
import { pageText } from '../../../tests/support/pdf-text'

// A full item (the restricted case below is one a page must still hide, whatever it carries).
type Item = Extract<MinutesForPdf['agendaItems'][number], { id: string }>
type Action = Item['actions'][number]

const t = (key: string, values?: Record<string, string | number>) =>
  values ? `${key} ${Object.entries(values).map(([k, v]) => `${k}=${v}`).join(' ')}` : key

const at = new Date('2026-03-12T10:00:00Z')
const police = { name: 'Dyfed-Powys Police', nameCy: 'Heddlu Dyfed-Powys' }
const probation = { name: 'Probation Service', nameCy: null }
// Long enough to run over two pages on its own, with paragraph breaks and a "word" wider than the line.
const riskAssessment = Array.from({ length: 40 }, (_, n) => `Paragraff ${n + 1}: mae’r dŵr yn y tŷ ac mae Ŵyn ac Ŷr yn “ddiogel” – am y tro — ond rhaid monitro’r sefyllfa.`)
  .join('\n')
  .concat('\n', 'https://example.invalid/'.padEnd(400, 'x'), '\n')
  .padEnd(5_990, ' ·')
  .concat(' DIWEDD')

const action = (n: number, overrides: Partial<Action> = {}): Action => ({
  id: `a${n}`, meetingId: 'm1', agendaItemId: 'i1', offenderId: 'o1', description: `Cam gweithredu ${n}: ymweld â’r cyfeiriad`,
  ownerAgencyId: 'ag1', ownerAgency: police, ownerUserId: null, ownerUser: null, dueDate: new Date('2026-04-01T00:00:00Z'), status: 'OPEN',
  statusNote: null, version: 1, createdAt: at, updatedAt: at, ...overrides,
})

const item = (position: number, overrides: Partial<Item>): Item => ({
  id: `i${position}`, meetingId: 'm1', offenderId: `o${position}`, nominalId: `n${position}`, referralId: null, reason: 'REVIEW', position,
  status: 'LISTED', deferReason: null, managedLevel: null, informationShared: null, riskAssessment: null, supervision: null, monitoringAndControl: null,
  interventionsTreatment: null, victimSafetyPlanning: null, contingency: null, levelDecision: null, decidedLevel: null, dissent: null,
  nextReviewDate: null, disclosureConsidered: null, disclosureDecision: null, disclosureTo: null, disclosureBy: null, disclosureReason: null, discussedAt: null, recordedAt: null, recordedById: null, version: 1, offender: { id: `o${position}`, crn: `X00000${position}`, firstName: '', lastName: '' },
  nominal: { level: 2, category: 2, nextReviewDate: new Date('2026-09-01T00:00:00Z') }, actions: [], restricted: false, previousActions: [], ref: null, ...overrides,
})

const minutes: MinutesForPdf = {
  id: 'm1', area: 'DYFED_POWYS', level: 2, startsAt: at, venue: 'Neuadd y Sir, Caerfyrddin', online: true, chairId: 'u1', coordinatorId: 'u2',
  status: 'FINALISED', publishedAt: at, statementAt: at, finalisedAt: at, version: 3, createdAt: at, chair: { name: 'Siôn Ŵyn', agency: police },
  minuteTaker: 'Elin Prys', endedAt: new Date('2026-03-12T12:15:00Z'),
  draft: false, scope: 'meeting', stage: 'FINALISED',
  attendance: [
    { id: 'at1', meetingId: 'm1', agencyId: 'ag1', userId: 'u1', name: 'Siôn Ŵyn', role: 'Cadeirydd', status: 'PRESENT', agency: police },
    { id: 'at2', meetingId: 'm1', agencyId: 'ag2', userId: null, name: 'Alex Smith', role: null, status: 'APOLOGIES', agency: probation },
  ],
  agendaItems: [
    item(1, {
      offender: { id: 'o1', crn: 'X000001', firstName: 'Gwŷn', lastName: 'ap Dafydd' },
      informationShared: 'Heddlu: dim digwyddiadau newydd.\nPrawf: yn cydymffurfio.',
      riskAssessment,
      supervision: 'Ymweliadau wythnosol.',
      levelDecision: 'CONTINUE',
      decidedLevel: 2,
      nextReviewDate: new Date('2026-06-12T00:00:00Z'),
      disclosureConsidered: true,
      disclosureTo: 'Ei bartner newydd',
      disclosureBy: 'Heddlu, DS Evans',
      disclosureReason: 'Risg i blant y partner',
      actions: [action(1, { ownerUserId: 'u3', ownerUser: { name: 'Dafydd Jones' } }), action(2, { ownerAgency: probation, status: 'COMPLETE' })],
      previousActions: [action(3)],
    }),
    item(2, { restricted: true, offender: { id: 'o2', crn: 'X000002', firstName: '', lastName: '' } }),
    item(3, { status: 'DEFERRED', deferReason: 'Adroddiad heb ei dderbyn', offender: { id: 'o3', crn: 'X000003', firstName: 'Ŷr', lastName: 'Evans' } }),
  ],
}

async function render(locale: 'en' | 'cy', m: MinutesForPdf = minutes) {
  const bytes = await renderMinutesPdf(m, t, locale)
  const doc = await PDFDocument.load(bytes)
  return { bytes, doc, pages: doc.getPages().map(pageText) }
}

describe('renderMinutesPdf', () => {
  it('lays the minutes out over several A4 pages with the Welsh letters embedded', async () => {
    const { bytes, doc, pages } = await render('cy')
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-')
    expect(pages.length).toBeGreaterThan(1)
    expect(doc.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 })
    expect(doc.getTitle()).toBe('minutes.heading level=2 when=dydd Iau, 12 Mawrth 2026 am 10:00') // mid-sentence in the heading (walk 25 D6)
    expect(doc.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('cy-GB')

    const fonts = doc.getPage(0).node.Resources()!.lookup(PDFName.of('Font'), PDFDict)
    for (const [name] of fonts.entries()) {
      const font = fonts.lookup(name, PDFDict)
      const cid = font.lookup(PDFName.of('DescendantFonts'), PDFArray).lookup(0, PDFDict)
      expect(font.lookup(PDFName.of('BaseFont'), PDFName).asString()).toMatch(/DejaVuSans/)
      expect(cid.lookup(PDFName.of('FontDescriptor'), PDFDict).has(PDFName.of('FontFile2'))).toBe(true)
    }

    pages.forEach((lines, n) => {
      expect(lines).toContain('minutes.protectiveMarking')
      expect(lines.join(' ')).toContain(`minutes.footer page=${n + 1} pages=${pages.length}`)
      expect(lines.join('')).not.toContain('\ufffd')
    })
    const text = pages.flat()
    expect(text).toContain('minutes.item position=1 name=Gwŷn ap Dafydd (X000001)')
    expect(text).toContain('Paragraff 1: mae’r dŵr yn y tŷ ac mae Ŵyn ac Ŷr yn “ddiogel” – am y tro — ond rhaid monitro’r')
    expect(text).toContain('minutes.item position=2 name=minutes.restricted')
    // Issue 17 defect 6: a restricted item carries nothing that identifies the person, not even the CRN.
    expect(text.join(' ')).not.toContain('X000002')
    expect(text).toContain('minutes.deferred hasReason=yes reason=Adroddiad heb ei dderbyn')
    expect(text).toContain('Heddlu Dyfed-Powys')
    expect(text).toContain('Dafydd Jones')
    expect(text).toContain('Probation Service')
    expect(text).toContain('minutes.decision decision=enums.levelDecision.CONTINUE level=2')
    const pageOf = (phrase: string) => pages.findIndex((lines) => lines.some((l) => l.includes(phrase)))
    expect(pageOf('DIWEDD')).toBeGreaterThan(pageOf('Paragraff 1:'))
  })

  it('shows a restricted item with no CRN, only its level and next review, and a deferred item by its reason only, with English agency names in English', async () => {
    const { doc, pages } = await render('en')
    const text = pages.flat().filter((l) => !l.startsWith('minutes.footer') && l !== 'minutes.protectiveMarking')
    const at = text.findIndex((l) => l.startsWith('minutes.item position=2'))
    const end = text.indexOf('mappaChair.minutes.actionsSummary')
    // Its level and next review date stay, as on the register's redacted row (h17f, ADR 0023); not its category.
    expect(text.slice(at, end)).toEqual(['minutes.item position=2 name=minutes.restricted', 'minutes.restrictedNominal level=2 date=1 Sept 2026', 'minutes.item position=3 name=Ŷr Evans (X000003)', 'minutes.deferred hasReason=yes reason=Adroddiad heb ei dderbyn'])
    expect(text).toContain('Dyfed-Powys Police')
    expect(text.join(' ')).not.toContain('Heddlu Dyfed-Powys')
    expect(doc.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('en-GB')
    // British dates, London time, 24-hour clock (issue 15 item 1): not "Thursday, March 12, 2026 at 10:00 AM".
    expect(doc.getTitle()).toBe('minutes.heading level=2 when=Thursday, 12 March 2026 at 10:00')
  })

  it('prints the minute-taker, end time, distribution list, each disclosure decision and a summary of actions (issue 16 item 3)', async () => {
    const text = (await render('en')).pages.flat()
    const all = text.join(' ')
    expect(text).toContain('Elin Prys')
    expect(text).toContain('12:15')
    expect(text).toContain('mappaChair.minutes.distribution')
    // The chair's line names their agency too (re-check of issue 16, D5).
    expect(text).toContain('mappaChair.minutes.chair name=Siôn Ŵyn agency=Dyfed-Powys Police')
    // The chair is listed once; Alex Smith, who sent apologies and has no Llwybr account, is listed and marked so
    // (issue 16, left item 3).
    expect(text.filter((l) => l.includes('Siôn Ŵyn') && l.includes('mappaChair.minutes.'))).toEqual(['mappaChair.minutes.chair name=Siôn Ŵyn agency=Dyfed-Powys Police'])
    expect(text.filter((l) => l.startsWith('mappaChair.minutes.distributedNoAccount name=Alex Smith agency='))).toHaveLength(1)
    expect(all).toContain('mappaChair.minutes.disclosureYes to=Ei bartner newydd by=Heddlu, DS Evans reason=Risg i blant y partner')
    const summary = text.slice(text.indexOf('mappaChair.minutes.actionsSummary'))
    expect(summary.join(' ')).toContain('Cam gweithredu 1')
    expect(summary.join(' ')).toContain('Cam gweithredu 2')
    // The restricted and deferred items add nothing to the summary.
    expect(summary.join(' ')).not.toContain('X000002')
  })

  // Break 41 F2: actions move on after approval, and a copy downloaded later showed today's status as if approved so.
  it('heads every action table\'s status column with the day it is true on; the meeting and its attendance keep a plain "Status"', async () => {
    const short = (key: string, values?: Record<string, string | number>) => (key === 'minutes.status' ? 'State' : key === 'minutes.actionStatusOn' ? `On ${values?.date}` : t(key, values))
    const bytes = await renderMinutesPdf(minutes, short, 'en')
    const text = (await PDFDocument.load(bytes)).getPages().map(pageText).flat()
    // The meeting's own status and the attendance table's column.
    expect(text.filter((l) => l === 'State')).toHaveLength(2)
    expect(text.filter((l) => l.startsWith('On ')).length).toBeGreaterThanOrEqual(2)
  })

  it('names a held meeting’s stage in draft minutes, not its agenda’s status (walk-through D3 of issue 16)', async () => {
    const text = (await render('en', { ...minutes, status: 'PUBLISHED', finalisedAt: null, draft: true, stage: 'HELD' })).pages.flat()
    expect(text).toContain('enums.meetingStage.HELD')
    expect(text.join(' ')).not.toContain('PUBLISHED')
  })
  it('leaves out the statement and attendance for a reader granted one nominal', async () => {
    const text = (await render('en', { ...minutes, draft: true, scope: 'granted', agendaItems: minutes.agendaItems.slice(0, 1) })).pages.flat()
    expect(text).toContain('minutes.draft')
    expect(text).toContain('minutes.grantedScope')
    expect(text).not.toContain('minutes.statementHeading')
    expect(text).not.toContain('minutes.attendance')
    expect(text).not.toContain('mappaChair.minutes.distribution')
  })
})

describe('PdfWriter.wrap', () => {
  it('keeps every line inside the width, breaking a word longer than the line', async () => {
    const writer = await PdfWriter.create({ title: 't', lang: 'en-GB' })
    const lines = writer.wrap(`short words\r\n\n${'ŵ'.repeat(300)} end`, 200)
    expect(lines.slice(0, 2)).toEqual(['short words', ''])
    expect(lines.length).toBeGreaterThan(4)
    for (const line of lines) expect(writer.width(line)).toBeLessThanOrEqual(200)
    expect(lines.join('').replaceAll(' ', '')).toBe(`shortwords${'ŵ'.repeat(300)}end`)
  })

  it('draws characters the font lacks as a blank box rather than failing', async () => {
    const writer = await PdfWriter.create({ title: 't', lang: 'en-GB' })
    writer.text('Emoji 😀, 中文, tab\there, bell\u0007 and a line\u2028separator')
    const doc = await PDFDocument.load(await writer.finish('M', () => 'F'))
    const [first, second] = pageText(doc.getPage(0))
    expect(first).toMatch(/^Emoji .*, tab here, bell and a line$/)
    expect(second).toBe('separator')
  })

  it('ends a restricted deferred item with a full stop, never its reason (walk 29 D1)', async () => {
    const items = minutes.agendaItems.map((a) => (a.position === 2 ? item(2, { restricted: true, status: 'DEFERRED', deferReason: 'Named the victim', offender: { id: 'o2', crn: 'X000002', firstName: '', lastName: '' } }) : a))
    const { pages } = await render('en', { ...minutes, agendaItems: items })
    const text = pages.flat()
    expect(text).toContain('minutes.deferred hasReason=no reason=')
    expect(text.join(' ')).not.toContain('Named the victim')
  })
})
