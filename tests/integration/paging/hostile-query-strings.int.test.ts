import { beforeAll, describe, expect, it, vi } from 'vitest'
import { ZodError } from 'zod'
import { withFilterErrors } from '../../../src/app/_lib/filter-errors'
import { findAuditEvents } from '../../../src/server/audit/find-audit-events'
import { findOffenderAudit } from '../../../src/server/audit/find-offender-audit'
import { findTimeline } from '../../../src/server/contacts/find-timeline'
import { prisma } from '../../../src/server/db'
import { listAreaActions } from '../../../src/server/mappa/action-tracker'
import { searchOffenders } from '../../../src/server/offenders/search-offenders'
import { ZSearchQuery } from '../../../src/server/offenders/offender.schemas'
import { findUsers } from '../../../src/server/users/find-users'
import { createContact } from '../../factories'
import { buildWorld, type World } from '../../support/world'

// The pages' filter helper translates with next-intl; here a message is its catalogue key.
vi.mock('next-intl/server', () => ({ getTranslations: async () => (key: string) => key }))

// The tester's report on issue 15 items 5, 8 and 11: hand-edited addresses gave 500s. A cursor that is not a real
// bigint, ISO instant or UUID is the first page; an over-long or control-character filter is a field message.
let w: World
beforeAll(async () => {
  w = await buildWorld()
  const author = { authorId: w.staff.officer.id, authorAgencyId: w.nps.id, offenderId: w.people.mine.id }
  await createContact(prisma, { ...author, type: 'CASE_NOTE', occurredAt: new Date('2026-03-02T10:00:00Z'), notes: 'Sian called about housing.' })
  await createContact(prisma, { ...author, type: 'CASE_NOTE', occurredAt: new Date('2026-03-03T10:00:00Z'), notes: 'Home visit.' })
})

const BIGINT_OVERFLOW = '9223372036854775808'
const UUID = '3f1c2a9e-8b7d-4c6e-9a5f-1d2e3c4b5a69'
const badTimelineCursors = ['----_' + UUID, `2026-13-45T99:99_${UUID}`, '2026-01-01T00:00:00.000Z_------------------------------------', `2026-01-01T00:00:00.000Z_${'a'.repeat(36)}`]
const ids = (r: { entries: { id: string }[] }) => r.entries.map((e) => e.id)
const issues = (e: unknown) => (e instanceof ZodError ? e.issues.map((i) => [i.path.join('.'), i.message]) : e)

describe('paging cursors from the address', () => {
  it('treats an audit cursor beyond bigint as the first page (record audit and operator log)', async () => {
    for (const cursor of [{ after: BIGINT_OVERFLOW }, { before: BIGINT_OVERFLOW }, { after: '99999999999999999999' }]) {
      await expect(findOffenderAudit(w.actors.officer, { offenderId: w.people.mine.id, ...cursor })).resolves.toMatchObject({ hasPrevious: false })
      await expect(findAuditEvents(w.actors.admin, cursor)).resolves.toMatchObject({ hasPrevious: false })
    }
  })

  it('treats a timeline cursor that is not a real instant and UUID as the first page', async () => {
    const page = await findTimeline(w.actors.officer, { offenderId: w.people.mine.id })
    const first = ids(page)
    expect(first.length).toBeGreaterThan(1)
    for (const before of badTimelineCursors) expect(ids(await findTimeline(w.actors.officer, { offenderId: w.people.mine.id, before }))).toEqual(first)
    // The cursor the app writes still pages.
    const before = `${page.entries[0]!.occurredAt.toISOString()}_${page.entries[0]!.id}`
    expect(ids(await findTimeline(w.actors.officer, { offenderId: w.people.mine.id, before }))).toEqual(first.slice(1))
  })
})

describe('control characters in search and filter fields', () => {
  const nul = 'S\u0000ian'
  it('refuses them in every list with the controlCharacters message, before the database or the audit log', async () => {
    const audits = await prisma.auditEvent.count()
    const refusals = await Promise.all([
      searchOffenders(w.actors.officer, ZSearchQuery.parse({ q: 'Sian' })).then(() => ZSearchQuery.parse({ q: nul })).catch(issues),
      findTimeline(w.actors.officer, { offenderId: w.people.mine.id, q: nul }).catch(issues),
      findUsers(w.actors.admin, { q: nul }).catch(issues),
      findAuditEvents(w.actors.admin, { action: `transfer${'\u0000'}` }).catch(issues),
      findAuditEvents(w.actors.admin, { email: `a${'\u0000'}@example.org` }).catch(issues),
      listAreaActions(w.actors.mappa, { status: 'OPEN\u0000' }).catch(issues),
    ])
    expect(refusals).toEqual([[['q', 'controlCharacters']], [['q', 'controlCharacters']], [['q', 'controlCharacters']], [['action', 'controlCharacters']], [['email', 'controlCharacters']], [['status', 'controlCharacters']]])
    // Only the one good search above was audited.
    expect(await prisma.auditEvent.count()).toBe(audits + 1)
  })

  it('gives the pages the list without the bad filters and a message for each (too long, control characters)', async () => {
    const audit = await withFilterErrors({ action: 'x'.repeat(300), email: 'e'.repeat(300), crn: 'W1\u0000' }, (p) => findAuditEvents(w.actors.admin, p))
    expect(audit.errors).toEqual({ crn: ['controlCharacters'], action: ['tooLong'], email: ['tooLong'] })
    expect([audit.result.query.action, audit.result.query.email, audit.result.query.crn]).toEqual([undefined, undefined, undefined])
    const users = await withFilterErrors({ q: 'u'.repeat(150), status: 'ACTIVE' }, (p) => findUsers(w.actors.admin, p))
    expect(users.errors).toEqual({ q: ['tooLong'] })
    expect([users.result.query.q, users.result.query.status]).toEqual([undefined, 'ACTIVE'])
    const actions = await withFilterErrors({ status: 'OPEN\u0000' }, (p) => listAreaActions(w.actors.mappa, p))
    expect(actions.errors).toEqual({ status: ['controlCharacters'] })
  })
})
