import { afterAll, expect, it } from 'vitest'
import { SerialClient } from '../../../src/server/db/serial-client'

// Issue 12: every start printed pg's "client is already executing a query" deprecation, because Prisma sends some
// nested writes of a transaction at once on one connection. The app's pool uses SerialClient for that reason.
const client = new SerialClient({ connectionString: process.env.DATABASE_URL })
afterAll(() => client.end())

it('runs queries issued at once one after the other, in order, without pg deprecation warnings', async () => {
  const warnings: string[] = []
  const onWarning = (w: Error) => warnings.push(w.message)
  process.on('warning', onWarning)
  await client.connect()
  await client.query('BEGIN')
  const results = await Promise.all([1, 2, 3, 4].map((n) => client.query('SELECT $1::int AS n, pg_sleep(0.02)', [n])))
  const callback = await new Promise<number>((resolve, reject) =>
    client.query('SELECT 5 AS n', (err: Error | null, r: { rows: { n: number }[] }) => (err ? reject(err) : resolve(r.rows[0]!.n))),
  )
  await client.query('ROLLBACK')
  await new Promise((r) => setImmediate(r))
  process.off('warning', onWarning)
  expect(results.map((r) => r.rows[0].n)).toEqual([1, 2, 3, 4])
  expect(callback).toBe(5)
  expect(warnings.filter((w) => w.includes('already executing a query'))).toEqual([])
})

it('passes a failing query’s error to its caller and carries on with the next', async () => {
  const [bad, good] = await Promise.allSettled([client.query('SELECT 1/0'), client.query('SELECT 2 AS n')])
  expect(bad.status).toBe('rejected')
  expect(good.status === 'fulfilled' && good.value.rows[0].n).toBe(2)
})
