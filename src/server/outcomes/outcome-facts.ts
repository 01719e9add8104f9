import 'server-only'
import { quarterOf, type Quarter } from '../../lib/outcomes/quarters'
import { todayInLondon } from '../../lib/dates'
import { prisma } from '../db'
import { factRows, withFactSource } from './fact-source'
import { indicatorDefs } from './indicator-defs'
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
 * Rewrites the outcome indicators' facts (issue 14 "any breakdown in about a second", docs/decisions/0026): for each
 * indicator table and the IOM selections (iomSelections), every event of every quarter a filter may ask for, with the person's dimensions on the event's day and
 * the indicator's count flags and summed columns (fact-source.ts factRows), then the run's time. One transaction
 * under an advisory lock: readers keep the previous facts until it commits, and a second instance's run waits and
 * then replaces them whole (never duplicates). Input: London's `today` (the last quarter stored). Output: the number
 * of facts and when they were made.
 */
export async function refreshOutcomeFacts(today: string = todayInLondon()): Promise<{ facts: number; refreshedAt: Date }> {
  const window = allQuarters(today)
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${FACTS_LOCK})`
    await tx.$executeRaw`DELETE FROM "OutcomeFact"`
    let facts = 0
    for (const [def, name] of names) {
      facts += await tx.$executeRaw`
        INSERT INTO "OutcomeFact" (indicator, "offenderId", day, region, "lduId", "localAuthorityId", "agencyId", sex, "ageBand", ethnicity, groups, flags, amounts, "cohortId")
        ${def.events(window)} ${factRows(name, def, priorityGroups)}`
    }
    const refreshedAt = new Date()
    await tx.outcomeFactRun.upsert({ where: { id: 1 }, create: { id: 1, refreshedAt, facts }, update: { refreshedAt, facts } })
    return { facts, refreshedAt }
  }, { timeout: 60 * 60_000, maxWait: 60 * 60_000 })
}

/** When the facts were last refreshed, or null when they never were (views are then computed from the events). */
export async function factsRefreshedAt(): Promise<Date | null> {
  return (await prisma.outcomeFactRun.findUnique({ where: { id: 1 }, select: { refreshedAt: true } }))?.refreshedAt ?? null
}

/** Runs `compute` with every indicator table read from the facts (fact-source.ts withFactSource). */
export const fromFacts = <T>(compute: () => Promise<T>): Promise<T> => withFactSource(names, compute)
