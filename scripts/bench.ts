import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createDatabaseIfMissing, freePort, startEmbeddedPostgres } from './embedded-postgres'
import { migrate } from './migrate'
import { seedIfEmpty } from './seed'
import { generateBulk } from './bench/generate'
import { measureAgendaBuild } from './bench/agenda'
import { measureCaseload } from './bench/caseload'
import { measureIomCandidates } from './bench/iom'
import { measureOutcomeBreakdowns, measureOutcomes } from './bench/outcomes'
import { withRun } from './bench/growth'
import { measureRotaProposal } from './bench/rota'
import { measureSearch } from './bench/search'
import type { BenchEntry } from './bench/stats'
import { measureTimeline } from './bench/timeline'

/**
 * `npm run bench`: the caseload, timeline, MAPPA agenda, IOM candidate and person search reads on a large data set
 * and the outcome dashboard (issue 14) (default 100,000 people and 2,000,000 contacts; BENCH_PEOPLE, BENCH_CONTACTS_PER_PERSON), each against the bare
 * SQL that returns the same rows, timed in the same run. With DATABASE_URL the data is generated once and reused;
 * run it at two sizes (two databases) and it prints each read's growth between them. Writes bench-results.json. Runs under the react-server condition so the server modules load as they do in Next.
 */
const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 100_000)
const CONTACTS = Number(process.env.BENCH_CONTACTS_PER_PERSON ?? 20)
const N = Number(process.env.BENCH_ITERATIONS ?? 30)

async function database() {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llwybr-bench-pg-'))
  const pg = await startEmbeddedPostgres({ dir, port: await freePort(), persistent: false })
  await createDatabaseIfMissing(pg.url('postgres'), 'bench')
  return { url: pg.url('bench'), stop: async () => (await pg.stop(), fs.rmSync(dir, { recursive: true, force: true })) }
}

async function main() {
  const db = await database()
  process.env.DATABASE_URL = db.url
  try {
    await migrate('deploy', { databaseUrl: db.url, quiet: true })
    await seedIfEmpty(db.url)
    const { prisma } = await import('../src/server/db')
    const started = performance.now()
    const { heavyId, officerId } = await generateBulk(prisma, PEOPLE, CONTACTS)
    const [people, contacts] = await Promise.all([prisma.offender.count(), prisma.contact.count()])
    console.log(`data: ${people} people, ${contacts} contacts (generated in ${Math.round((performance.now() - started) / 1000)} s)`)
    const results = await measure(prisma, officerId, heavyId)
    const earlier: unknown = fs.existsSync('bench-results.json') ? JSON.parse(fs.readFileSync('bench-results.json', 'utf8')) : {}
    // One file for both benches: the reads here, the page renders under `load` (npm run bench:load).
    const file = withRun(earlier, { people, contacts, results })
    fs.writeFileSync('bench-results.json', `${JSON.stringify(file, null, 2)}\n`)
    for (const r of results) console.log(`${r.name}: rows=${r.rows} n=${r.n} p50=${r.p50_ms}ms p95=${r.p95_ms}ms baseline_p50=${r.baseline_p50_ms}ms baseline_p95=${r.baseline_p95_ms}ms ratio=${r.ratio}`)
    for (const g of file.growth ?? []) console.log(`growth ${g.from_people} → ${g.to_people} people: ${g.read}: p95 ${g.from_p95_ms}ms → ${g.to_p95_ms}ms (${g.growth}×)`)
    await prisma.$disconnect()
  } finally {
    await db.stop()
  }
}

/** Each read by name; BENCH_ONLY (comma-separated names, e.g. `caseload,timeline`) times only those. */
async function measure(prisma: typeof import('../src/server/db').prisma, officerId: string, heavyId: string): Promise<BenchEntry[]> {
  const { loadActorForUser } = await import('../src/server/auth/load-actor')
  const actor = (await loadActorForUser(prisma, officerId))!
  const reads: Record<string, () => Promise<BenchEntry | BenchEntry[]>> = {
    caseload: () => measureCaseload(prisma, actor, N),
    agenda: () => measureAgendaBuild(prisma, N),
    rota: () => measureRotaProposal(prisma, N),
    iom: () => measureIomCandidates(prisma, N),
    timeline: () => measureTimeline(prisma, actor, heavyId, N),
    search: () => measureSearch(prisma, actor, N),
    outcomes: () => measureOutcomes(prisma, N),
    outcomeBreakdowns: () => measureOutcomeBreakdowns(prisma),
  }
  const only = process.env.BENCH_ONLY?.split(',').map((name) => name.trim())
  const out: BenchEntry[] = []
  for (const [name, read] of Object.entries(reads)) if (!only || only.includes(name)) out.push(...[await read()].flat())
  return out
}

void main()
