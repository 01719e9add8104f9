import http from 'node:http'
import autocannon from 'autocannon'
import { expect, test } from '@playwright/test'
import { signInOverHttp } from '../../scripts/cluster/sign-in'
import { DEMO_PASSWORD, signIn } from '../e2e/support'
import { startCluster, type Cluster } from './cluster'

// Issue 18: several stateless instances on one PostgreSQL behind a real load balancer. Sessions, sign-in throttles
// and access decisions live in the database, so what one instance did holds on the other at the next request.
test.describe.configure({ mode: 'serial' })
let cluster: Cluster

test.beforeAll(async () => {
  test.setTimeout(600_000)
  cluster = await startCluster()
})
test.afterAll(async () => cluster?.stop())

/** The page as a signed-in user gets it from one instance: status and body, never following a redirect. */
async function page(base: string, path: string, cookie: string) {
  const response = await fetch(`${base}${path}`, { headers: { cookie }, redirect: 'manual' })
  return { status: response.status, location: response.headers.get('location') ?? '', body: await response.text() }
}

test('a session made through the load balancer is valid on each instance', async () => {
  const { cookie, error } = await signInOverHttp(cluster.lb, 'senior.probation@llwybr.test', DEMO_PASSWORD)
  expect(error).toBeUndefined()
  for (const url of cluster.urls) {
    const home = await page(url, '/', cookie)
    expect(home.status, url).toBe(200)
    expect(home.body, url).toMatch(/Hello/)
  }
})

test('failed sign-ins counted on one instance throttle the account on the other', async () => {
  const [a, b] = cluster.urls
  expect((await signInOverHttp(b, 'police@llwybr.test', DEMO_PASSWORD)).error).toBeUndefined()
  for (let i = 0; i < 10; i++) expect((await signInOverHttp(a, 'police@llwybr.test', 'not-the-password')).error).toBeDefined()
  const after = await signInOverHttp(b, 'police@llwybr.test', DEMO_PASSWORD)
  expect(after.error).toBeDefined()
  expect(after.cookie).not.toContain('next-auth.session-token')
})

test('a Limited Access exclusion applies on the other instance at the next request', async () => {
  const [, b] = cluster.urls
  const [person] = await cluster.sql(`SELECT o.id, o.crn, u.id AS "officerId" FROM "Offender" o JOIN "User" u ON u.id = o."offenderManagerId"
    WHERE u.email = 'probation.officer@llwybr.test' AND NOT EXISTS (SELECT 1 FROM "AccessRestriction" r WHERE r."offenderId" = o.id) ORDER BY o.crn LIMIT 1`)
  const { cookie } = await signInOverHttp(b, 'probation.officer@llwybr.test', DEMO_PASSWORD)
  const before = await page(b, `/offenders/${person!.id}`, cookie)
  expect({ status: before.status, shown: before.body.includes(String(person!.crn)) }).toEqual({ status: 200, shown: true })
  // Lists come from the person's record upstream (nDelius practice); the change lands in the shared database.
  await cluster.sql(`INSERT INTO "AccessRestriction" (id, "offenderId", kind, "userId", reason) VALUES (gen_random_uuid(), $1, 'EXCLUSION', $2, 'Scale test: a relative of the officer')`, [person!.id, person!.officerId])
  const after = await page(b, `/offenders/${person!.id}`, cookie)
  expect({ status: after.status, shown: after.body.includes(String(person!.crn)) }).toEqual({ status: 404, shown: false })
})

test('an administrator disabling a user on one instance locks them out of the other at the next request', async ({ browser }) => {
  const [a, b] = cluster.urls
  const { cookie } = await signInOverHttp(b, 'partner@llwybr.test', DEMO_PASSWORD)
  expect((await page(b, '/', cookie)).status).toBe(200)
  const admin = await browser.newPage({ baseURL: a })
  await signIn(admin, 'admin@llwybr.test')
  const [user] = await cluster.sql(`SELECT id FROM "User" WHERE email = 'partner@llwybr.test'`)
  await admin.goto(`/admin/users/${user!.id}`)
  await admin.waitForLoadState('networkidle') // hydrated, so the form answers in place
  await admin.getByLabel('Status').selectOption({ label: 'Disabled' })
  await admin.getByRole('button', { name: 'Save changes' }).click()
  await expect(admin.getByRole('status')).toHaveText('Changes saved.')
  const after = await page(b, '/', cookie)
  expect(after.status).not.toBe(200)
  expect(after.location).toContain('/sign-in')
})

test('restarting one instance with SIGTERM under load loses no request', async () => {
  const { cookie } = await signInOverHttp(cluster.lb, 'mappa.chair@llwybr.test', DEMO_PASSWORD)
  const load = new Promise<autocannon.Result>((resolve, reject) => {
    autocannon({ url: `${cluster.lb}/mappa`, connections: 8, duration: 20, headers: { cookie } }, (e, r) => (e ? reject(e) : resolve(r)))
  })
  await new Promise((r) => setTimeout(r, 3_000))
  const restart = await cluster.restart(0)
  const result = await load
  expect(restart.stoppedInMs).toBeLessThan(10_000)
  expect(result.requests.total).toBeGreaterThan(20)
  expect({ errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx }).toEqual({ errors: 0, timeouts: 0, non2xx: 0 })
})

/** A GET on a connection of its own (no keep-alive pool): its status, or the socket error that ended it. */
function freshGet(url: string, cookie: string): Promise<number | string> {
  return new Promise((resolve) => {
    const request = http.get(url, { agent: false, headers: { cookie } }, (response) => {
      response.resume()
      response.on('end', () => resolve(response.statusCode ?? 0))
    })
    request.on('error', (e) => resolve(e.message))
  })
}

test('an instance told to stop finishes the requests it has started', async () => {
  const [, b] = cluster.urls
  const { cookie } = await signInOverHttp(cluster.lb, 'mappa.chair@llwybr.test', DEMO_PASSWORD)
  const inFlight = Array.from({ length: 6 }, () => freshGet(`${b}/mappa`, cookie))
  await new Promise((r) => setTimeout(r, 100)) // connected and being rendered
  const restart = await cluster.restart(1)
  expect(await Promise.all(inFlight)).toEqual([200, 200, 200, 200, 200, 200])
  expect(restart.stoppedInMs).toBeLessThan(10_000)
})

/** Polls `read` every 2 s until `done` holds for its result or `within` ms pass; returns the last result. */
async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, within: number): Promise<T> {
  const deadline = Date.now() + within
  for (;;) {
    const value = await read().catch(() => undefined as T)
    if ((value !== undefined && done(value)) || Date.now() > deadline) return value
    await new Promise((r) => setTimeout(r, 2_000))
  }
}

test('with both instances running workers, each scheduled slot runs once, and a failing job is retried then shown as failed', async () => {
  test.setTimeout(360_000)
  // test-tick fires every minute on both instances' schedules. No job may run twice (one worker takes it), and the
  // schedule must make one job per minute, not one per instance: over the minutes between the first and last run
  // there are at most that many jobs plus the two at the ends (a job made late in its minute can run in the next).
  // A double schedule would give about twice as many. (A run's own minute is not its slot: see test-jobs.ts.)
  const runs = await until(
    () => cluster.sql(`SELECT job_id, count(*)::int AS runs, extract(epoch FROM min(ran_at))::float8 AS at FROM llwybr_test.job_tick GROUP BY job_id ORDER BY min(ran_at)`),
    (rows) => rows.length >= 4,
    240_000,
  )
  expect(runs.length).toBeGreaterThanOrEqual(4)
  expect(runs.map((r) => r.runs)).toEqual(runs.map(() => 1))
  const minutes = (Number(runs.at(-1)!.at) - Number(runs[0]!.at)) / 60
  expect(runs.length).toBeLessThanOrEqual(Math.floor(minutes) + 2)
  // test-fail always throws: tried once and retried twice (its retry limit), then left failed with its error.
  const failed = await until(
    () => cluster.sql(`SELECT id, retry_count, output->>'message' AS error FROM pgboss.job WHERE name = 'test-fail' AND state = 'failed'`),
    (rows) => rows.length >= 1,
    60_000,
  )
  expect(failed[0]).toMatchObject({ retry_count: 2, error: 'test-fail always fails' })
  const { cookie } = await signInOverHttp(cluster.lb, 'admin@llwybr.test', DEMO_PASSWORD)
  const jobsPage = await page(cluster.lb, '/admin/jobs', cookie)
  expect(jobsPage.status).toBe(200)
  expect(jobsPage.body).toContain('test-fail always fails')
})
