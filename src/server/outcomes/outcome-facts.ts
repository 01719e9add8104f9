import 'server-only'
import { quarterOf, type Quarter } from '../../lib/outcomes/quarters'
import { todayInLondon } from '../../lib/dates'
import { prisma } from '../db'
import { factRows, withFactSource } from './fact-source'
import { indicatorDefs } from './indicator-defs'
import { withStoredCells } from './stored-cells'
import { outcomeCellRows } from './outcome-cells'
import { iomSelections } from './iom-cost-query'
import type { IndicatorDef } from './indicator-events'
import { EARLIEST_OUTCOME_YEAR, type TOutcomeFilter } from './outcome-filter'
import { priorityGroups } from './priority-groups'

// Each definition's name in OutcomeFact.indicator.
const names: ReadonlyMap<IndicatorDef, string> = new Map([...Object.entries(indicatorDefs).map(([name, def]) => [def, name] as const), [iomSelections, 'iom']])

// An arbitrary constant of this job's own: the advisory lock two refreshes take so they write one after the other.
const FACTS_LOCK = 1_480_014

/** Every quarter a filter may ask for, as a filter's window (ZOutcomeFilter: EARLIEST_OUTCOME_YEAR to London's today). */
const allQuarters = (today: string): TOutcomeFilter => ({ from: `${EARLIEST_OUTCOME_YEAR}-Q1` as Quarter, to: quarterOf(today), by: 'none' })

/**
 * Rewrites the outcome indicators' facts and their linked cells (issue 14 "any breakdown in about a second",
 * docs/decisions/0026): for each indicator table and the IOM selections (iomSelections), every event of every quarter
 * a filter may ask for, with the person's dimensions on the event's day and the indicator's count flags and summed
 * columns (fact-source.ts factRows); then, from those facts, every linked cell of every quarter and group, controlled
 * (outcome-cells.ts); then the run's time. Two transactions under one advisory lock: the first writes the facts and
 * removes the run, so until the cells are written too every view is computed from the events (never new facts beside
 * old cells); the second writes the cells and the run. A second instance's run waits and then replaces them whole
 * (never duplicates). Input: London's `today` (the last quarter stored). Output: the number of facts and cells and
 * when the facts were made (the time every view read from them is "as at").
 */
export async function refreshOutcomeFacts(today: string = todayInLondon()): Promise<{ facts: number; cells: number; refreshedAt: Date }> {
  const window = allQuarters(today)
  const long = { timeout: 60 * 60_000, maxWait: 60 * 60_000 }
  const { facts, refreshedAt } = await prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${FACTS_LOCK})`
    await tx.$executeRaw`DELETE FROM "OutcomeFact"`
    await tx.$executeRaw`DELETE FROM "OutcomeFactRun"`
    let facts = 0
    for (const [def, name] of names) {
      facts += await tx.$executeRaw`
        INSERT INTO "OutcomeFact" (indicator, "offenderId", day, region, "lduId", "localAuthorityId", "agencyId", sex, "ageBand", ethnicity, groups, flags, amounts, "cohortId")
        ${def.events(window)} ${factRows(name, def, priorityGroups)}`
    }
    return { facts, refreshedAt: new Date() }
  }, long)
  // Controlled from the committed facts, outside any transaction (the cells' queries read through the shared client).
  const rows = await withFactSource(names, () => outcomeCellRows(today))
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${FACTS_LOCK})`
    await tx.$executeRaw`DELETE FROM "OutcomeCell"`
    // One JSON parameter per statement: createMany's bound parameters took most of the refresh at scale (ADR 0026).
    for (let i = 0; i < rows.length; i += CELLS_PER_INSERT) {
      await tx.$executeRaw`
        INSERT INTO "OutcomeCell" (indicator, "group", quarter, area, agency, cut, counts, shown)
        SELECT indicator, "group", quarter, area, agency, cut, counts, shown
        FROM jsonb_to_recordset(${JSON.stringify(rows.slice(i, i + CELLS_PER_INSERT))}::jsonb)
          AS c(indicator text, "group" text, quarter text, area text, agency text, cut text, counts jsonb, shown jsonb)`
    }
    await tx.outcomeFactRun.upsert({ where: { id: 1 }, create: { id: 1, refreshedAt, facts }, update: { refreshedAt, facts } })
    return { facts, cells: rows.length, refreshedAt }
  }, long)
}

// Cells per INSERT: a few megabytes of JSON per statement.
const CELLS_PER_INSERT = 5_000

/** When the facts were last refreshed, or null when they never were (views are then computed from the events). */
export async function factsRefreshedAt(): Promise<Date | null> {
  return (await prisma.outcomeFactRun.findUnique({ where: { id: 1 }, select: { refreshedAt: true } }))?.refreshedAt ?? null
}

/**
 * Runs `compute` with every indicator table read from what the refresh stored: each linked indicator's view from its
 * stored cells (stored-cells.ts withStoredCells, a group's intersections too), anything else (COSA, IOM) from the facts
 * (fact-source.ts withFactSource).
 */
export const fromFacts = <T>(compute: () => Promise<T>): Promise<T> => withFactSource(names, () => withStoredCells(compute))

/**
 * Runs `compute` reading the facts but querying and controlling every linked cell itself, as views were computed
 * before the refresh stored the cells (ADR 0026): the bench's baseline for a view read from the stored cells.
 */
export const fromFactsWithoutCells = <T>(compute: () => Promise<T>): Promise<T> => withFactSource(names, compute)
