import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createDatabaseIfMissing, freePort, startEmbeddedPostgres } from './embedded-postgres'
import { migrate } from './migrate'
import { seedIfEmpty } from './seed'
import { generateBulk } from './bench/generate'
import { measureIomCandidates } from './bench/iom'
import { measureRotaProposal } from './bench/rota'
import { entry, timeIt, type BenchEntry } from './bench/stats'

/**
 * `npm run bench`: the caseload and timeline reads on a large data set (default 100,000 people and 2,000,000
 * contacts), each against the bare SQL that returns the same rows, timed in the same run. Writes
 * bench-results.json. Runs under the react-server condition so the server modules load as they do in Next.
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
    const earlier = fs.existsSync('bench-results.json') ? JSON.parse(fs.readFileSync('bench-results.json', 'utf8')) : {}
    // One file for both benches: the reads here, the page renders under `load` (npm run bench:load).
    fs.writeFileSync('bench-results.json', `${JSON.stringify({ ...(Array.isArray(earlier) ? {} : earlier), reads: results }, null, 2)}\n`)
    for (const r of results) console.log(`${r.name}: rows=${r.rows} n=${r.n} p50=${r.p50_ms}ms p95=${r.p95_ms}ms baseline_p95=${r.baseline_p95_ms}ms ratio=${r.ratio}`)
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
  const agenda = await measureAgendaBuild(prisma)
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
  ]
}

/**
 * Building a level 2 agenda for South Wales two weeks ahead out of every nominal in Wales: the app's buildAgenda
 * against one INSERT … SELECT, each inside a transaction that is rolled back so every run starts clean.
 */
async function measureAgendaBuild(prisma: typeof import('../src/server/db').prisma): Promise<BenchEntry> {
  const { buildAgenda } = await import('../src/server/mappa/agenda')
  const chair = await prisma.user.findFirstOrThrow({ where: { roles: { has: 'MAPPA_COORDINATOR' } }, select: { id: true } })
  const meeting = await prisma.mappaMeeting.create({ data: { area: 'SOUTH_WALES', level: 2, startsAt: new Date(Date.now() + 14 * 86_400_000), venue: 'Bench', chairId: chair.id, coordinatorId: chair.id } })
  const day = new Date(`${meeting.startsAt.toISOString().slice(0, 10)}T00:00:00Z`)
  const nominals = await prisma.mappaNominal.count()
  const rollback = new Error('rollback')
  const inRolledBackTransaction = async (work: (tx: Parameters<Parameters<typeof prisma.$transaction>[0]>[0]) => Promise<number>) => {
    let rows = 0
    await prisma.$transaction(async (tx) => ((rows = await work(tx)), Promise.reject(rollback))).catch((e: unknown) => {
      if (e !== rollback) throw e
    })
    return rows
  }
  const bareSql = () =>
    inRolledBackTransaction((tx) => tx.$executeRaw`
      INSERT INTO "MappaAgendaItem" (id, "meetingId", "offenderId", "nominalId", reason, position)
      SELECT gen_random_uuid(), ${meeting.id}::uuid, n."offenderId", n.id, 'REVIEW', row_number() OVER (ORDER BY n."nextReviewDate", n."offenderId")
      FROM "MappaNominal" n
      WHERE n.area = 'SOUTH_WALES' AND n.level = 2 AND n."endedAt" IS NULL AND n."nextReviewDate" <= ${day}
        AND NOT EXISTS (SELECT 1 FROM "MappaAgendaItem" i JOIN "MappaMeeting" m ON m.id = i."meetingId"
          WHERE i."nominalId" = n.id AND i.status = 'LISTED' AND (m.id = ${meeting.id}::uuid OR m.status IN ('SCHEDULED', 'PUBLISHED')))`)
  const rows = await inRolledBackTransaction((tx) => buildAgenda(tx, meeting))
  return entry(
    `MAPPA agenda build (${nominals.toLocaleString('en-GB')} nominals)`,
    rows,
    await timeIt(N, () => inRolledBackTransaction((tx) => buildAgenda(tx, meeting))),
    await timeIt(N, bareSql),
  )
}

void main()
