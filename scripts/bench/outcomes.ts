import type { PrismaClient } from '../../src/generated/prisma/client'
import { entry, timeIt, type BenchEntry } from './stats'

/** Samples of the direct computation (the baseline): seconds each at 250,000 people, on a machine others share. */
const DIRECT_N = Number(process.env.BENCH_OUTCOMES_DIRECT_ITERATIONS ?? 5)

/**
 * The outcome dashboard (issue 14 "Done when", bench): getOutcomeIndicators as the strategic manager sees it with the
 * default filter (all Wales, the last eight quarters) and filtered to North Wales and young adults, after the nightly
 * job's refresh (timed and printed), each against the same figures computed directly from the events (the baseline,
 * DIRECT_N samples). Output: two bench entries.
 */
export async function measureOutcomes(prisma: PrismaClient, n: number): Promise<BenchEntry[]> {
  const { loadActorForUser } = await import('../../src/server/auth/load-actor')
  const { getOutcomeIndicators } = await import('../../src/server/outcomes/get-outcome-indicators')
  const { computeOutcomeFigures } = await import('../../src/server/outcomes/compute-outcome-figures')
  const { refreshOutcomeFigures } = await import('../../src/server/outcomes/outcome-figure-sets')
  const { ZOutcomeFilter } = await import('../../src/server/outcomes/outcome-filter')
  const { todayInLondon } = await import('../../src/lib/dates')
  const manager = await prisma.user.findFirstOrThrow({ where: { roles: { has: 'STRATEGIC_MANAGER' } }, select: { id: true } })
  const actor = (await loadActorForUser(prisma, manager.id))!
  const started = performance.now()
  const filters = await refreshOutcomeFigures()
  console.log(`outcome figures refresh (job outcome-figures-refresh): ${filters} filters in ${Math.round((performance.now() - started) / 100) / 10} s`)
  const views = [
    { name: 'outcome dashboard, precomputed (manager, default filter: Wales, 8 quarters; direct n=DIRECT)', input: {} },
    { name: 'outcome dashboard, precomputed (North Wales, young adults; direct n=DIRECT)', input: { region: 'NORTH_WALES', group: 'YOUNG_ADULTS' } },
  ]
  const results: BenchEntry[] = []
  for (const view of views) {
    const shown = await getOutcomeIndicators(actor, view.input)
    if (!shown.precomputed) throw new Error(`no precomputed figures for ${JSON.stringify(view.input)}`)
    const direct = await timeIt(DIRECT_N, () => computeOutcomeFigures(ZOutcomeFilter.parse(view.input), todayInLondon()))
    results.push(entry(view.name.replace('DIRECT', String(DIRECT_N)), shown.reoffending.length, await timeIt(n, () => getOutcomeIndicators(actor, view.input)), direct))
  }
  return results
}
