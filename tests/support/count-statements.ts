import pg from 'pg'
import { vi } from 'vitest'

/**
 * What `run` returns and how many SQL statements it sent: every Prisma statement, raw or not, goes through pg's
 * Client.query (SerialClient included). For the tests that pin a read's round trips (issue 18). Run nothing else
 * against the database meanwhile: every statement sent in the meantime is counted.
 */
export async function countStatements<T>(run: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const spy = vi.spyOn(pg.Client.prototype, 'query')
  try {
    const result = await run()
    return { result, statements: spy.mock.calls.length }
  } finally {
    spy.mockRestore()
  }
}
