import fs from 'node:fs'
import os from 'node:os'
import autocannon from 'autocannon'
import pg from 'pg'
import { freePort } from './embedded-postgres'
import { startHaproxy } from './cluster/haproxy'
import { demoDatabase, ensureBuild, startInstance, stopInstance, waitForHealth, type Instance } from './cluster/processes'
import { signInOverHttp } from './cluster/sign-in'
import { exitWithSetupError } from './setup-error'

/**
 * `npm run bench:load` (issue 18): a production build on the demo data, signed in, loaded with autocannon
 * (BENCH_LOAD_CONNECTIONS, default 10, for BENCH_LOAD_SECONDS, default 15, per page) — the officer's home, a person's
 * record and timeline, the MAPPA overview — beside /api/health in the same run. Prints requests/s, p50/p95 (ms),
 * errors and the page's HTML size, and writes them under `load` in bench-results.json. Then the same signed-in pages
 * through HAProxy in front of BENCH_LOAD_INSTANCES instances (default: one per core), under `load.balanced`: one Node
 * process renders on one core, so this shows what more instances give where cores are free (on a 2-core machine that
 * also runs PostgreSQL and autocannon, little: 7 Dec 2026, officer's home 34.7 → 35.9 req/s).
 * Targets are reported, never asserted: the officer's home at 100 requests/s or more with 0 errors and under 60 KB.
 */
const CONNECTIONS = Number(process.env.BENCH_LOAD_CONNECTIONS ?? 10)
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 15)
const INSTANCES = Number(process.env.BENCH_LOAD_INSTANCES ?? os.availableParallelism())
const PASSWORD = 'Llwybr-Demo-2026'

type LoadEntry = { name: string; path: string; requests_per_s: number; p50_ms: number; p95_ms: number; errors: number; non2xx: number; html_kb?: number }

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0
}

async function load(base: string, name: string, path: string, cookie?: string): Promise<LoadEntry> {
  const times: number[] = []
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const options = { url: `${base}${path}`, connections: CONNECTIONS, duration: SECONDS, headers: cookie ? { cookie } : {} }
    const instance = autocannon(options, (error, done) => (error ? reject(error) : resolve(done)))
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime))
  })
  times.sort((a, b) => a - b)
  const page = await fetch(`${base}${path}`, { headers: cookie ? { cookie } : {}, redirect: 'manual' })
  const html = Buffer.byteLength(await page.text())
  return {
    name, path,
    requests_per_s: Math.round((result.requests.total / result.duration) * 10) / 10,
    p50_ms: Math.round(percentile(times, 50)), p95_ms: Math.round(percentile(times, 95)),
    errors: result.errors + result.timeouts, non2xx: result.non2xx,
    ...(page.headers.get('content-type')?.includes('html') ? { html_kb: Math.round(html / 102.4) / 10 } : {}),
  }
}

/** A person on the demo officer's caseload with no access restriction, so every page of theirs opens. */
async function officersPerson(databaseUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query(`SELECT o.id FROM "Offender" o JOIN "User" u ON u.id = o."offenderManagerId"
      WHERE u.email = 'probation.officer@llwybr.test' AND NOT EXISTS (SELECT 1 FROM "AccessRestriction" r WHERE r."offenderId" = o.id)
      ORDER BY o.crn LIMIT 1`)
    return rows[0].id as string
  } finally {
    await client.end()
  }
}

type Page = readonly [name: string, path: string, cookie: string | undefined]

/** Each page in turn (never two at once: they would share the cores), printed as it is measured. */
async function loadAll(base: string, pages: readonly Page[]): Promise<LoadEntry[]> {
  const results: LoadEntry[] = []
  for (const [name, path, cookie] of pages) {
    const entry = await load(base, name, path, cookie)
    results.push(entry)
    console.log(`${name}: ${entry.requests_per_s} req/s p50=${entry.p50_ms}ms p95=${entry.p95_ms}ms errors=${entry.errors} non2xx=${entry.non2xx}${entry.html_kb ? ` html=${entry.html_kb}KB` : ''}`)
  }
  return results
}

function report(setting: string, results: LoadEntry[]) {
  const home = results.find((r) => r.path === '/')!
  console.log(`target (${setting}): officer's home >= 100 req/s with 0 errors and < 60 KB: ${home.requests_per_s >= 100 && home.errors + home.non2xx === 0 && (home.html_kb ?? 0) < 60 ? 'met' : 'NOT met'}`)
}

/** The pages through HAProxy in front of `first` and INSTANCES - 1 more instances on the same database; the sessions are in it. */
async function throughBalancer(databaseUrl: string, first: Instance, pages: readonly Page[]): Promise<LoadEntry[]> {
  const more: Instance[] = []
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  try {
    for (let i = 1; i < INSTANCES; i++) more.push(await startInstance(await freePort(), databaseUrl, base))
    const proxy = await startHaproxy(port, [first.port, ...more.map((m) => m.port)])
    try {
      await waitForHealth(base, 10_000)
      // A new instance's first requests load its code: warm every instance before timing (round robin reaches each).
      for (const [, path, cookie] of pages) for (let i = 0; i < 4 * INSTANCES; i++) await fetch(`${base}${path}`, { headers: cookie ? { cookie } : {} })
      console.log(`through HAProxy, ${INSTANCES} instances:`)
      return await loadAll(base, pages)
    } finally {
      await proxy.stop()
    }
  } finally {
    for (const instance of more) await stopInstance(instance)
  }
}

async function main() {
  ensureBuild()
  const db = await demoDatabase()
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const app = await startInstance(port, db.url, base)
  try {
    const officer = await signInOverHttp(base, 'probation.officer@llwybr.test', PASSWORD)
    const chair = await signInOverHttp(base, 'mappa.chair@llwybr.test', PASSWORD)
    if (officer.error || chair.error) throw new Error(`demo sign-in failed: ${officer.error ?? chair.error}`)
    const person = await officersPerson(db.url)
    const pages = [
      ["officer's home", '/', officer.cookie], ['person record', `/offenders/${person}`, officer.cookie],
      ['timeline', `/offenders/${person}/timeline`, officer.cookie], ['MAPPA overview', '/mappa', chair.cookie],
    ] as const
    const results = await loadAll(base, [['health', '/api/health', undefined], ['sign-in page', '/sign-in', undefined], ...pages])
    report('one instance', results)
    const balanced = INSTANCES > 1 ? await throughBalancer(db.url, app, [['health', '/api/health', undefined], ...pages]) : undefined
    if (balanced) report(`${INSTANCES} instances behind HAProxy`, balanced)
    const earlier = fs.existsSync('bench-results.json') ? JSON.parse(fs.readFileSync('bench-results.json', 'utf8')) : {}
    const kept = Array.isArray(earlier) ? { reads: earlier } : earlier
    const load = { connections: CONNECTIONS, seconds: SECONDS, results, ...(balanced ? { balanced: { instances: INSTANCES, results: balanced } } : {}) }
    fs.writeFileSync('bench-results.json', `${JSON.stringify({ ...kept, load }, null, 2)}\n`)
  } finally {
    await stopInstance(app)
    await db.stop()
  }
}

main().catch((e) => exitWithSetupError('[bench:load]', e))
