import 'server-only'
import type { Shown } from '../../lib/outcomes/disclosure'
import { exportCell } from '../../lib/outcomes/columns'
import type { PeriodCost } from '../../lib/outcomes/scheme-costs'
import type { ExportSheet } from '../outcomes/export-file'

// COSA schemes also report the COSA measures (sexual reoffending, volunteer hours); every scheme the rest.
const everyScheme = ['participants', 'followedUp', 'reoffenders', 'reoffendersRate']
const cosaOnly = ['sexualReoffenders', 'sexualReoffendersRate', 'volunteerHours']

/** The outcome measures a scheme's report shows, in order, for what it serves (the page and its exports alike). */
export const reportMeasureIds = (serves: string): string[] => (serves === 'COSA_CIRCLES' ? [...everyScheme, ...cosaOnly] : everyScheme)

/** The circle figures a COSA scheme's report shows, in order (issue 14 item 4): all circles, by status, questionnaires. */
export const circleMeasureIds = ['circles', 'forming', 'active', 'ending', 'closed', 'questionnaires', 'feltSupportedMean', 'lessIsolatedMean', 'copingBetterMean', 'confidentFutureMean']

/** The words of a scheme report's download, in the reader's language. */
export type SchemeSheetText = {
  title: string
  /** Column headers: table, period or group, measure, value. */
  headers: [string, string, string, string]
  costsTable: string
  outcomesTable: string
  /** A funding period's label; both null for the whole scheme. */
  period: (startsOn: string | null, endsOn: string | null) => string
  allParticipants: string
  amount: string
  served: string
  costPerParticipant: string
  noParticipants: string
  measure: (id: string) => string
  circlesTable: string
  circleMeasure: (id: string) => string
  noQuestionnaires: string
  /** Lines above the headers: when the figures were made (issue 14 "Figures as at", docs/decisions/0018). */
  notes: string[]
}

/** A mean score with no questionnaire behind it: nothing to show or withhold (0 is not a small count, issue 14 item 1). */
export const noQuestionnaires = (circles: Record<string, Shown>, id: string) => id.endsWith('Mean') && circles.questionnaires?.value === 0


/**
 * A scheme report as one sheet for CSV or XLSX (issue 14 item 2), one figure a row ("long" form, so each cell is one
 * number an analyst can sort and sum): per funding period and the whole scheme its amount (pounds), people served
 * and cost per participant (whole pounds, or "no participants"), then each outcome measure of `ids` (rates as a
 * share from 0 to 1, like the dashboard's downloads), and for COSA schemes the circles by status and questionnaire
 * results (means as scores from 1 to 5), under notes saying when the figures were made. Figures are the page's own, already disclosure-controlled:
 * withheld ones stay null and are written "[c]", rates on a base of 0 "n/a"; text is made formula-safe by the writers (export-file.ts).
 */
export function schemeReportSheet(report: { costs: PeriodCost[]; outcomes: Record<string, Shown>; circles: Record<string, Shown> | null }, ids: string[], text: SchemeSheetText): ExportSheet {
  const costRows = report.costs.flatMap((c) => {
    const period = text.period(c.startsOn, c.endsOn)
    return [
      [text.costsTable, period, text.amount, c.amountPence / 100],
      [text.costsTable, period, text.served, c.served.value],
      [text.costsTable, period, text.costPerParticipant, c.costPerParticipant ? exportCell(c.costPerParticipant, 100) : text.noParticipants],
    ]
  })
  const outcomeRows = ids.map((id) => [text.outcomesTable, text.allParticipants, text.measure(id), exportCell(report.outcomes[id])])
  const circles = report.circles
  const circleRows = circles ? circleMeasureIds.map((id) => [text.circlesTable, text.allParticipants, text.circleMeasure(id), noQuestionnaires(circles, id) ? text.noQuestionnaires : exportCell(circles[id])]) : []
  return { title: text.title, headers: text.headers, notes: text.notes, rows: [...costRows, ...outcomeRows, ...circleRows] }
}
