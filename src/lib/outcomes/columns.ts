import { intlLocale } from '../format-dates'
import { isNotApplicable, type Shown } from './disclosure'

// What each outcome table shows, in order, and how each figure is written (shared by the dashboard and exports).

export const outcomeTableNames = ['reoffending', 'releases', 'terminations', 'appointments', 'enforcement', 'endings', 'services', 'mappa', 'cosa'] as const
export type OutcomeTableName = (typeof outcomeTableNames)[number]

/** count: whole number; percent: a share 0..1 shown as a percentage; ratio: an average to two places; money: pence shown as whole pounds. */
export type ColumnKind = 'count' | 'percent' | 'ratio' | 'money'
export type Column = { id: string; kind: ColumnKind }

const count = (id: string): Column => ({ id, kind: 'count' })
const percent = (id: string): Column => ({ id, kind: 'percent' })

export const outcomeColumns: Record<OutcomeTableName, Column[]> = {
  reoffending: [count('people'), count('reoffenders'), percent('rate'), count('reoffences'), { id: 'frequency', kind: 'ratio' }, { id: 'perReoffender', kind: 'ratio' }, count('seriousReoffenders'), percent('seriousRate')],
  releases: [count('releases'), count('recorded'), percent('recordedRate'), count('settled'), percent('settledRate'), count('ete'), percent('eteRate')],
  terminations: [count('ended'), count('recorded'), percent('recordedRate'), count('settled'), percent('settledRate'), count('employed'), percent('employedRate')],
  appointments: [count('appointments'), count('attended'), percent('attendedRate'), count('acceptable'), percent('acceptableRate'), count('unacceptable'), percent('unacceptableRate')],
  enforcement: [count('warnings'), count('breaches'), count('recalls')],
  endings: [count('ended'), count('completed'), percent('completedRate'), count('breached'), percent('breachedRate'), count('recalled'), percent('recalledRate')],
  services: [count('referrals'), count('assessedInTime'), percent('assessedInTimeRate'), count('assessed'), count('carePlanInTime'), percent('carePlanInTimeRate'), count('programmes')],
  mappa: ['nominals', 'level1', 'level2', 'level3', 'category1', 'category2', 'category3', 'category4', 'levelChanges', 'seriousFurtherOffences', 'seriousCaseReviews'].map(count),
  cosa: [
    ...['started', 'active', 'closed', 'coreMembers', 'reoffenders'].map(count), percent('reoffendersRate'), count('sexualReoffenders'), percent('sexualReoffendersRate'),
    count('volunteerHours'), count('questionnaires'), ...['feltSupportedMean', 'lessIsolatedMean', 'copingBetterMean', 'confidentFutureMean'].map((id): Column => ({ id, kind: 'ratio' })),
  ],
}

/** The IOM cost-of-crime table's columns (issue 14 "IOM"), per cohort and strand rather than per quarter. */
export const iomCostColumns: Column[] = [
  count('members'), count('followedUp'), count('reoffenders'), percent('reoffendersRate'), count('offencesBefore'), count('offencesAfter'),
  { id: 'costBeforeMean', kind: 'money' }, { id: 'costAfterMean', kind: 'money' }, count('uncosted'),
]

/** The figures each table's trend chart draws (all of one kind, so they share an axis). */
export const chartSeries: Record<OutcomeTableName, string[]> = {
  reoffending: ['rate', 'seriousRate'],
  releases: ['settledRate', 'eteRate'],
  terminations: ['settledRate', 'employedRate'],
  appointments: ['attendedRate', 'unacceptableRate'],
  enforcement: ['warnings', 'breaches', 'recalls'],
  endings: ['completedRate', 'breachedRate', 'recalledRate'],
  services: ['assessedInTimeRate', 'carePlanInTimeRate'],
  mappa: ['level1', 'level2', 'level3'],
  cosa: ['reoffendersRate', 'sexualReoffendersRate'],
}

const FIGURE_STYLES = {
  percent: { style: 'percent', maximumFractionDigits: 1 },
  money: { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 },
  ratio: { maximumFractionDigits: 2, minimumFractionDigits: 2 },
  count: {},
} satisfies Record<ColumnKind, Intl.NumberFormatOptions>
// One formatter per locale and style, made on first use: building one per figure was most of a table's cost (issue 18).
const figureFormats = new Map<string, Intl.NumberFormat>()

/** A figure written for people in `locale` ('en' | 'cy'): "42", "37.5%", "1.25"; withheld figures are "[c]". */
export function formatFigure(value: number | null, kind: ColumnKind, locale: string): string {
  if (value === null) return '[c]'
  const tag = intlLocale(locale)
  let format = figureFormats.get(`${tag}|${kind}`)
  if (!format) figureFormats.set(`${tag}|${kind}`, (format = new Intl.NumberFormat(tag, FIGURE_STYLES[kind])))
  return format.format(kind === 'money' ? Math.round(value / 100) : value)
}

/** How downloads and the board pack write a figure that does not apply (a rate on a base of 0); never "[c]". */
export const NOT_APPLICABLE_MARK = 'n/a'

/**
 * One controlled figure as text (board pack PDF): formatted, "[c]" if withheld, "n/a" if not applicable (a rate on a
 * base of 0: nothing is hidden, so it must not look withheld; issue 14, leads' item 1).
 */
export function formatShown(shown: Shown | undefined, kind: ColumnKind, locale: string): string {
  return isNotApplicable(shown) ? NOT_APPLICABLE_MARK : formatFigure(shown?.value ?? null, kind, locale)
}

/**
 * One controlled figure as a download cell: the number, null if withheld (written "[c]" by the writers), or "n/a"
 * if not applicable. `per` divides the stored unit into the one written (pence to whole pounds: 100, rounded).
 */
export function exportCell(shown: Shown | undefined, per = 1): number | string | null {
  if (isNotApplicable(shown)) return NOT_APPLICABLE_MARK
  const value = shown?.value ?? null
  return value === null || per === 1 ? value : Math.round(value / per)
}

/** The resettlement pathway table's columns in order (issue 14 item 3); `…Rate` columns are shares shown as percentages. */
export const pathwayColumns = ['peopleWithNeed', 'referrals', 'assessedInTime', 'assessedInTimeRate', 'assessed', 'carePlanInTime', 'carePlanInTimeRate', 'withOutcome', 'achieved', 'achievedRate'] as const

/**
 * The pathway measures each defined on the definitions page and in the board pack, with a source (issue 14, leads'
 * item 2): the counts of pathwayColumns; their `…Rate` shares are defined together in one paragraph.
 */
export const pathwayDefinitionIds = pathwayColumns.filter((c) => !c.endsWith('Rate'))
