export type BenchEntry = { name: string; rows: number; n: number; p50_ms: number; p95_ms: number; baseline_p50_ms: number; baseline_p95_ms: number; ratio: number }

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[index] ?? 0
}

/** Times `work` n times after a short warm-up (JIT, plan cache, buffer cache). */
export async function timeIt(n: number, work: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 3; i++) await work()
  const samples: number[] = []
  for (let i = 0; i < n; i++) {
    const start = performance.now()
    await work()
    samples.push(performance.now() - start)
  }
  return samples
}

/**
 * Times `work` and its bare-SQL `baseline` n times each, one after the other in turn, after a short warm-up of both:
 * on a machine shared with other work, load that comes and goes then falls on both sides alike instead of on
 * whichever was being timed at that moment, so their ratio means something. Output: [work samples, baseline samples].
 */
export async function timeInTurn(n: number, work: () => Promise<unknown>, baseline: () => Promise<unknown>): Promise<[number[], number[]]> {
  for (let i = 0; i < 3; i++) await work().then(baseline)
  const samples: number[] = []
  const bare: number[] = []
  for (let i = 0; i < n; i++) {
    for (const [f, into] of [[work, samples], [baseline, bare]] as const) {
      const start = performance.now()
      await f()
      into.push(performance.now() - start)
    }
  }
  return [samples, bare]
}

export function entry(name: string, rows: number, samples: number[], baseline: number[]): BenchEntry {
  const round = (x: number) => Math.round(x * 100) / 100
  const p95 = percentile(samples, 95)
  const baseP95 = percentile(baseline, 95)
  return { name, rows, n: samples.length, p50_ms: round(percentile(samples, 50)), p95_ms: round(p95), baseline_p50_ms: round(percentile(baseline, 50)), baseline_p95_ms: round(baseP95), ratio: round(p95 / baseP95) }
}
