import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createDatabaseIfMissing, freePort, startEmbeddedPostgres } from './embedded-postgres'
import { migrate } from './migrate'
import { seedIfEmpty } from './seed'
import { generateBulk } from './bench/generate'
import { measureAgendaBuild } from './bench/agenda'
import { measureIomCandidates } from './bench/iom'
import { measureOutcomes } from './bench/outcomes'
import { withRun } from './bench/growth'
import { measureRotaProposal } from './bench/rota'
import { measureSearch } from './bench/search'
import { entry, timeIt, type BenchEntry } from './bench/stats'

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
    for (const r of results) console.log(`${r.name}: rows=${r.rows} n=${r.n} p50=${r.p50_ms}ms p95=${r.p95_ms}ms baseline_p95=${r.baseline_p95_ms}ms ratio=${r.ratio}`)
    for (const g of file.growth ?? []) console.log(`growth ${g.from_people} → ${g.to_people} people: ${g.read}: p95 ${g.from_p95_ms}ms → ${g.to_p95_ms}ms (${g.growth}×)`)
    await prisma.$disconnect()
  } finally {
    await db.stop()
  }
}

async function measure(prisma: typeof import('../src/server/db').prisma, officerId: string, heavyId: string): Promise<BenchEntry[]> {
  const { loadActorForUser } = await import('../src/server/auth/load-actor')
  const { findCaseload } = await import('../src/server/offenders/find-caseload')
  const { findTimeline } = await import('../src/server/contacts/find-timeline')
  const actor = (await loadActorForUser(prisma, officerId))!
  const caseload = await findCaseload(actor, { view: 'mine' })
  const { Prisma } = await import('../src/generated/prisma/client')
  type Boundary = { id: string; lastName: string; firstName: string; crn: string }
  /** The same rows as a caseload page, by hand: count, then 25 people after the boundary (if any) by name. */
  const caseloadSql = (after?: Boundary) =>
    Promise.all([
      prisma.$queryRaw`SELECT count(*) FROM "Offender" WHERE "offenderManagerId" = ${officerId}::uuid`,
      prisma.$queryRaw`
        SELECT o.id, o.crn, o."firstName", o."lastName", o."dateOfBirth", r."overallRosh",
          (SELECT min(c."occurredAt") FROM "Contact" c WHERE c."offenderId" = o.id AND c.type = 'APPOINTMENT' AND c."occurredAt" >= now() AND c.outcome IS NULL AND c."cancelledAt" IS NULL) AS next,
          (SELECT max(c."occurredAt") FROM "Contact" c WHERE c."offenderId" = o.id AND c."occurredAt" <= now()) AS last
        FROM "Offender" o LEFT JOIN "RiskProfile" r ON r."offenderId" = o.id
        WHERE o."offenderManagerId" = ${officerId}::uuid
          ${after ? Prisma.sql`AND (o."lastName", o."firstName", o.crn) > (${after.lastName}, ${after.firstName}, ${after.crn})` : Prisma.empty}
        ORDER BY o."lastName", o."firstName", o.crn LIMIT 25`,
    ])
  // A deep page by keyset: the rows after the 4,000th person (or near the end of a smaller caseload), the way
  // "Next page" reaches them.
  const skip = Math.max(0, Math.min(4000, caseload.total - 50))
  const deepPageNo = Math.floor(skip / 25) + 2
  const [deep] = await prisma.$queryRaw<Boundary[]>`
    SELECT id, "lastName", "firstName", crn FROM "Offender" WHERE "offenderManagerId" = ${officerId}::uuid
    ORDER BY "lastName", "firstName", crn OFFSET ${skip} LIMIT 1`
  const deepPage = await findCaseload(actor, { view: 'mine', after: deep!.id, page: deepPageNo })
  const agenda = await measureAgendaBuild(prisma, N)
  const timeline = await findTimeline(actor, { offenderId: heavyId })
  const timelineSql = () => prisma.$queryRaw`
    SELECT c.id, c.type, c."occurredAt", c.outcome, c.notes, c."isSensitive", u.name, a.name AS agency
    FROM "Contact" c JOIN "User" u ON u.id = c."authorId" JOIN "Agency" a ON a.id = c."authorAgencyId"
    WHERE c."offenderId" = ${heavyId}::uuid ORDER BY c."occurredAt" DESC, c.id DESC LIMIT 51`
  return [
    entry(`caseload page 1 (officer with ${caseload.total} people)`, caseload.rows.length, await timeIt(N, () => findCaseload(actor, { view: 'mine' })), await timeIt(N, () => caseloadSql())),
    entry(`caseload page ${deepPageNo} by keyset (after person ${skip + 1})`, deepPage.rows.length, await timeIt(N, () => findCaseload(actor, { view: 'mine', after: deep!.id, page: deepPageNo })), await timeIt(N, () => caseloadSql(deep))),
    agenda,
    await measureRotaProposal(prisma, N),
    await measureIomCandidates(prisma, N),
    entry('contact timeline page 1 (person with 5,000+ contacts)', timeline.entries.length, await timeIt(N, () => findTimeline(actor, { offenderId: heavyId })), await timeIt(N, timelineSql)),
    ...(await measureSearch(prisma, actor, N)),
    ...(await measureOutcomes(prisma, N)),
  ]
}

void main()
