import 'server-only'
import { Region } from '../../generated/prisma/enums'
import type { Prisma } from '../../generated/prisma/client'
import { todayInLondon } from '../../lib/dates'
import { prisma } from '../db'
import { computeOutcomeFigures, type OutcomeFigures } from './compute-outcome-figures'
import type { FigureMemo } from './filter-cells'
import { ZOutcomeFilter, filterKey, type TOutcomeFilter } from './outcome-filter'
import { priorityGroups } from './priority-groups'
import { refreshDueBy } from './refresh-due'
import { factsRefreshedAt, fromFacts, refreshOutcomeFacts } from './outcome-facts'
import { computeOutcomeView } from './outcome-query'

export { filterKey } from './outcome-filter'

/**
 * The filters whose figures the nightly job precomputes: the default eight quarters ending in London's `today`, all
 * Wales and each police area, each with no priority group and with each group, not broken down (the views the
 * dashboard opens on and that boards ask for; issue 14 "Breakdowns"). Others are computed when asked for.
 */
export function precomputedFilters(): TOutcomeFilter[] {
  const areas = [undefined, ...Object.values(Region)]
  const groups = [undefined, ...priorityGroups]
  return areas.flatMap((region) => groups.map((group) => ZOutcomeFilter.parse({ region, group })))
}

/**
 * Rewrites the indicators' facts (refreshOutcomeFacts, docs/decisions/0026), then recomputes from them and stores the
 * precomputed filters' figures (job `outcome-figures-refresh`, issue 14 "Done when" bench;
 * docs/decisions/0018-precomputed-outcome-figures.md), one filter at a time so a run never holds the database for long,
 * each an upsert on its key (a rerun, a retry or a second instance leaves one row per filter); then deletes sets
 * computed before London's `today` that no filter uses now. Stores only disclosure-controlled aggregates.
 * Output: the number of filters stored.
 */
export async function refreshOutcomeFigures(today: string = todayInLondon()): Promise<number> {
  await refreshOutcomeFacts(today)
  const filters = precomputedFilters()
  const day = new Date(`${today}T00:00:00Z`)
  // One memo for the run: every filter checks its cells against the same breakdowns by force and by group.
  const memo: FigureMemo = new Map()
  // The sets from the facts just stored: the same figures as from the events (ADR 0026), a grouped read each.
  await fromFacts(async () => {
    for (const f of filters) {
      const data = { fromQuarter: f.from, toQuarter: f.to, figures: (await computeOutcomeFigures(f, today, memo)) as unknown as Prisma.InputJsonValue, computedFor: day, computedAt: new Date() }
      await prisma.outcomeFigureSet.upsert({ where: { filterKey: filterKey(f) }, create: { filterKey: filterKey(f), ...data }, update: data })
    }
  })
  await prisma.outcomeFigureSet.deleteMany({ where: { computedFor: { lt: day }, filterKey: { notIn: filters.map(filterKey) } } })
  return filters.length
}

/**
 * The stored figures of a filter, with when they were computed, however old (the refresh keeps one set per filter and
 * deletes those of filters it no longer computes); null when there are none, so the caller computes directly.
 */
export async function findOutcomeFigureSet(f: TOutcomeFilter): Promise<{ figures: OutcomeFigures; computedAt: Date } | null> {
  const set = await prisma.outcomeFigureSet.findUnique({ where: { filterKey: filterKey(f) }, select: { figures: true, computedAt: true } })
  const figures = set?.figures as unknown as OutcomeFigures | undefined
  // A set stored before the pathway table kept its interim quarter apart (one table, no `final`) is not read: it
  // totalled the current quarter with the final ones; computed directly until the next refresh replaces it.
  if (!set || !figures || !('final' in figures.pathways)) return null
  return { figures, computedAt: set.computedAt }
}

/**
 * When figures were made (issue 14 "Figures as at"): `asAt`, the instant they were computed; `precomputed`, whether
 * they are a stored set; `lateSince`, when they are a set older than the last nightly refresh should have made them
 * (refreshDueBy: that refresh failed or never ran), that refresh's slot, else null.
 */
export type FiguresAsAt = { asAt: Date; precomputed: boolean; lateSince: Date | null }

/**
 * Some of a filter's figures with their time (docs/decisions/0018): `pick` of its stored set when there is one, however
 * old, with `lateSince` saying when it is older than the last refresh should have made it (the page and downloads say
 * so rather than compute every view directly, which at scale is what the set is there to avoid); else `compute`d from
 * the indicators' facts when they have been refreshed (ADR 0026: as at that refresh, late likewise); else `compute`d
 * from the events now (as at now). A computation goes through the instance's view gate, shared with anyone asking
 * for the same filter and `part` meanwhile (computeOutcomeView). Input: a parsed filter; `part`, what `compute` makes
 * (e.g. "all", a table's name); `now` for tests. Output: FiguresAsAt, the figures, and `computedAt`, when this
 * computation started (null for a stored set). No authorization or audit: the callers do that.
 */
export async function figuresAsAt<T>(f: TOutcomeFilter, part: string, pick: (figures: OutcomeFigures) => T, compute: (today: string) => Promise<T>, now: Date = new Date()): Promise<FiguresAsAt & { figures: T; computedAt: Date | null }> {
  const stored = await findOutcomeFigureSet(f)
  const due = refreshDueBy(now)
  if (stored) return { figures: pick(stored.figures), asAt: stored.computedAt, precomputed: true, lateSince: stored.computedAt < due ? due : null, computedAt: null }
  const today = todayInLondon()
  // Any other filter: one grouped aggregate per table over the facts, as at their refresh (ADR 0026).
  const refreshedAt = await factsRefreshedAt()
  const source = refreshedAt ? `facts ${refreshedAt.toISOString()}` : 'events'
  const { value, startedAt } = await computeOutcomeView(`${filterKey(f)}|${part}|${source}|${today}`, () => (refreshedAt ? fromFacts(() => compute(today)) : compute(today)))
  if (refreshedAt) return { figures: value, asAt: refreshedAt, precomputed: true, lateSince: refreshedAt < due ? due : null, computedAt: startedAt }
  return { figures: value, asAt: startedAt, precomputed: false, lateSince: null, computedAt: startedAt }
}
