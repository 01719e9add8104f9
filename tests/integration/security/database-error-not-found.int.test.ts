import { randomUUID } from 'node:crypto'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { getContactForEdit } from '../../../src/server/contacts/get-contact-for-edit'
import { prisma } from '../../../src/server/db'
import { downloadDocument } from '../../../src/server/documents/documents'
import { cohortOf } from '../../../src/server/iom/cohorts'
import { getMeeting } from '../../../src/server/mappa/queries'
import { getReview } from '../../../src/server/mappa/reviews'
import { getMeetingRoom } from '../../../src/server/mappa/room'
import { buildWorld, type World } from '../../support/world'

// Issue 17 item 3: domain lookups caught every error as "not found" (`.catch(() => null)`), so a failing database
// answered 404 "not found" instead of reaching the fail-fast "service unavailable" path. A real database failure is
// made here by moving the table a lookup reads out of the way (real PostgreSQL, no mock): the lookup must fail with
// the database's error, never NOT_FOUND. The same lookup with the table in place and an unknown id, or a malformed
// one, is still NOT_FOUND, so the test can tell the two apart.
let w: World
const moved: string[] = []

/** Renames a table away (the next query on it fails as a database error would), until afterEach puts it back. */
async function breakTable(table: string) {
  // Table names are this file's constants, never input; an identifier cannot be a bound parameter.
  await prisma.$executeRawUnsafe(`ALTER TABLE "${table}" RENAME TO "${table}_away"`)
  moved.push(table)
}

afterEach(async () => {
  for (const table of moved.splice(0)) await prisma.$executeRawUnsafe(`ALTER TABLE "${table}_away" RENAME TO "${table}"`)
})

beforeAll(async () => {
  w = await buildWorld()
})

const lookups: { label: string; table: string; call: (id: string) => Promise<unknown> }[] = [
  { label: 'a MAPPA meeting', table: 'MappaMeeting', call: (id) => getMeeting(w.actors.mappa, id) },
  { label: 'a MAPPA meeting room', table: 'MappaMeeting', call: (id) => getMeetingRoom(w.actors.mappa, id) },
  { label: 'a serious case review', table: 'MappaSeriousCaseReview', call: (id) => getReview(w.actors.mappa, id) },
  { label: 'a document', table: 'OffenderDocument', call: (id) => downloadDocument(w.actors.officer, id) },
  { label: 'a contact to edit', table: 'Contact', call: (id) => getContactForEdit(w.actors.officer, id, w.people.mine.id) },
  { label: 'an IOM cohort', table: 'IomCohort', call: (id) => cohortOf(prisma, w.actors.police, id) },
]

describe('a database failure is not "not found" (issue 17 item 3)', () => {
  for (const { label, table, call } of lookups) {
    it(`${label}: an unknown or malformed id is NOT_FOUND, a failing database is its own error`, async () => {
      await expect(call(randomUUID())).rejects.toMatchObject({ code: 'NOT_FOUND' })
      await expect(call('not-a-uuid')).rejects.toMatchObject({ code: 'NOT_FOUND' })
      await breakTable(table)
      const failure = await call(randomUUID()).then(
        () => null,
        (e: unknown) => e,
      )
      expect(failure).toBeInstanceOf(Error)
      expect(failure).not.toMatchObject({ code: 'NOT_FOUND' })
      expect(failure).not.toHaveProperty('name', 'AppError')
    })
  }
})
