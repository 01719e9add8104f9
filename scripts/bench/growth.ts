import type { BenchEntry } from './stats'

type Run = { people: number; contacts: number; results: BenchEntry[] }
export type Growth = { read: string; from_people: number; to_people: number; from_p95_ms: number; to_p95_ms: number; growth: number }
type ResultsFile = { reads?: BenchEntry[]; readsBySize?: Record<string, Run>; growth?: Growth[]; [other: string]: unknown }

/** A read's name without the sizes and sample text in brackets or quotes, so the same read matches across sizes. */
export const readKey = (name: string) => name.replace(/\s*\([^)]*\)/g, '').replace(/\s*"[^"]*"/g, '').trim()

/**
 * How each read's p95 grew from the smallest to the largest data size measured (issue 18: at most 1.3× from
 * 100,000 to 250,000 people). Input: runs keyed by people count. Output: one row per read found in both.
 */
export function growthBetween(runs: Run[]): Growth[] {
  const sorted = [...runs].sort((a, b) => a.people - b.people)
  const [small, large] = [sorted[0], sorted.at(-1)]
  if (!small || !large || small === large) return []
  return small.results.flatMap((s) => {
    const l = large.results.find((r) => readKey(r.name) === readKey(s.name))
    if (!l) return []
    return [{ read: readKey(s.name), from_people: small.people, to_people: large.people, from_p95_ms: s.p95_ms, to_p95_ms: l.p95_ms, growth: Math.round((l.p95_ms / s.p95_ms) * 100) / 100 }]
  })
}

/**
 * The results file after a run: `reads` is this run, `readsBySize` keeps the latest result of each read at each size (so two runs,
 * e.g. BENCH_PEOPLE=100000 then 250000 against kept databases, give the growth), and anything else in the file
 * (bench:load's `load`) is kept as it was.
 */
export function withRun(earlier: unknown, run: Run): ResultsFile {
  const file: ResultsFile = earlier && typeof earlier === 'object' && !Array.isArray(earlier) ? { ...(earlier as ResultsFile) } : {}
  // A run of some reads only (BENCH_ONLY) replaces those reads at its size and keeps the others measured there before.
  const before = file.readsBySize?.[String(run.people)]
  const kept = before?.results.filter((r) => !run.results.some((now) => readKey(now.name) === readKey(r.name))) ?? []
  const readsBySize = { ...file.readsBySize, [String(run.people)]: { ...run, results: [...kept, ...run.results] } }
  return { ...file, reads: run.results, readsBySize, growth: growthBetween(Object.values(readsBySize)) }
}
