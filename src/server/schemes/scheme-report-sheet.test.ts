import { describe, expect, it } from 'vitest'
import { toCsv } from '../outcomes/export-file'
import { reportMeasureIds, schemeReportSheet, type SchemeSheetText } from './scheme-report-sheet'

const text: SchemeSheetText = {
  title: '=HYPERLINK("http://x")', headers: ['Table', 'Period', 'Measure', 'Value'], costsTable: 'Costs', outcomesTable: 'Outcomes',
  period: (from, to) => (from ? `${from} to ${to}` : 'Whole scheme'), allParticipants: '-all', amount: 'Amount', served: 'Served',
  costPerParticipant: 'Cost', noParticipants: 'No participants', measure: (id) => (id === 'participants' ? '@participants' : id),
  circlesTable: 'Circles', circleMeasure: (id) => `c:${id}`, noQuestionnaires: 'No questionnaires',
  notes: ['Figures as at 1 Dec 2026, 14:05 (London time)'],
}
const shown = (value: number) => ({ value, suppressed: false as const })
const withheld = { value: null, suppressed: 'small' as const }
const report = {
  costs: [
    { startsOn: '2024-04-01', endsOn: '2025-03-31', amountPence: 3_000_000, served: shown(0), costPerParticipant: null },
    { startsOn: '2025-04-01', endsOn: '2026-03-31', amountPence: 4_500_050, served: withheld, costPerParticipant: withheld },
    { startsOn: null, endsOn: null, amountPence: 7_500_050, served: shown(11), costPerParticipant: shown(681_823) },
  ],
  outcomes: { participants: shown(11), followedUp: shown(10), reoffenders: withheld, reoffendersRate: withheld },
  circles: null,
}

describe('a scheme report as a download (issue 14 item 2)', () => {
  it('writes one figure a row: pounds, people, cost or "no participants", and withheld figures as [c]', () => {
    const sheet = schemeReportSheet(report, reportMeasureIds('IOM_COHORT'), text)
    expect(sheet.rows).toEqual([
      ['Costs', '2024-04-01 to 2025-03-31', 'Amount', 30_000], ['Costs', '2024-04-01 to 2025-03-31', 'Served', 0], ['Costs', '2024-04-01 to 2025-03-31', 'Cost', 'No participants'],
      ['Costs', '2025-04-01 to 2026-03-31', 'Amount', 45_000.5], ['Costs', '2025-04-01 to 2026-03-31', 'Served', null], ['Costs', '2025-04-01 to 2026-03-31', 'Cost', null],
      ['Costs', 'Whole scheme', 'Amount', 75_000.5], ['Costs', 'Whole scheme', 'Served', 11], ['Costs', 'Whole scheme', 'Cost', 6_818],
      ['Outcomes', '-all', '@participants', 11], ['Outcomes', '-all', 'followedUp', 10], ['Outcomes', '-all', 'reoffenders', null], ['Outcomes', '-all', 'reoffendersRate', null],
    ])
    const csv = toCsv(sheet)
    // Issue 14 "Figures as at" (ADR 0018): when the figures were made, above the headers, as the dashboard's downloads.
    expect(csv.split('\r\n').slice(0, 2)).toEqual(['\uFEFF"Figures as at 1 Dec 2026, 14:05 (London time)"', 'Table,Period,Measure,Value'])
    expect(csv).toContain('\r\nCosts,2025-04-01 to 2026-03-31,Served,[c]\r\n')
    // Text that a spreadsheet would run as a formula is written as text.
    expect(csv).toContain("\r\nOutcomes,'-all,'@participants,11\r\n")
    expect(csv).not.toMatch(/(^|,)[=+\-@]/m)
  })

  it('adds the circles by status and questionnaire means for a COSA scheme (issue 14 item 4)', () => {
    const circles = { circles: shown(18), forming: shown(0), active: { value: null, suppressed: 'secondary' as const }, ending: withheld, closed: shown(11), questionnaires: shown(10), feltSupportedMean: shown(4.5), lessIsolatedMean: shown(3.5), copingBetterMean: shown(4.5), confidentFutureMean: shown(3) }
    const rows = schemeReportSheet({ ...report, circles }, [], text).rows.filter((r) => r[0] === 'Circles')
    expect(rows.map((r) => [r[2], r[3]])).toEqual([
      ['c:circles', 18], ['c:forming', 0], ['c:active', null], ['c:ending', null], ['c:closed', 11], ['c:questionnaires', 10],
      ['c:feltSupportedMean', 4.5], ['c:lessIsolatedMean', 3.5], ['c:copingBetterMean', 4.5], ['c:confidentFutureMean', 3],
    ])
    // No questionnaire yet: the means say so rather than "[c]".
    const none = schemeReportSheet({ ...report, circles: { ...circles, questionnaires: shown(0), feltSupportedMean: { value: null, suppressed: 'base' as const } } }, [], text).rows
    expect(none.find((r) => r[2] === 'c:feltSupportedMean')![3]).toBe('No questionnaires')
  })

  it('adds the COSA measures only for COSA schemes', () => {
    expect(reportMeasureIds('COSA_CIRCLES')).toEqual(['participants', 'followedUp', 'reoffenders', 'reoffendersRate', 'sexualReoffenders', 'sexualReoffendersRate', 'volunteerHours'])
    expect(reportMeasureIds('PARTNER_SERVICE')).toHaveLength(4)
  })
})
