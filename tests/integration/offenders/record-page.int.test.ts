import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import type { Actor } from '../../../src/server/policy'
import { getRecordPage } from '../../../src/server/offenders/record-page'
import { createContact } from '../../factories'
import { countStatements } from '../../support/count-statements'
import { buildWorld, type World } from '../../support/world'

/**
 * A person's record page in few statements (record-page.ts, issue 18 item 1): how many SQL statements one render's
 * reads send, per role, and that what the page shows is unchanged: the unacceptable absences (the window, cancelled,
 * sensitive entries for roles without the grant), who may change the record, who sees who looked, the break-glass
 * banner's end, the allocation choices, the Limited Access lists, and exactly one `offender.view` audit row.
 */
let w: World
const DAY = 24 * 3600 * 1000
let glassUntil: Date

beforeAll(async () => {
  w = await buildWorld()
  const person = w.people.mine.id
  const missed = (daysAgo: number, extra: { isSensitive?: boolean; cancelledAt?: Date } = {}) =>
    createContact(prisma, { offenderId: person, authorId: w.staff.officer.id, authorAgencyId: w.nps.id, type: 'APPOINTMENT', outcome: 'FAILED_TO_ATTEND', occurredAt: new Date(Date.now() - daysAgo * DAY), ...extra })
  // Counted: two in the last year. Not counted: over a year ago, cancelled; sensitive only for those who may read it.
  await missed(10)
  await missed(100)
  await missed(400)
  await missed(20, { cancelledAt: new Date() })
  await missed(30, { isSensitive: true })
  await createContact(prisma, { offenderId: person, authorId: w.staff.officer.id, authorAgencyId: w.nps.id })
  await prisma.offenderAllocation.create({ data: { offenderId: person, agencyId: w.nps.id, lduId: w.cardiff.id, teamId: w.teamA.id, offenderManagerId: w.staff.officer.id, kind: 'ALLOCATED', reason: 'New case', startedAt: new Date('2026-01-05') } })
  glassUntil = new Date(Date.now() + DAY)
  await prisma.breakGlassAccess.create({ data: { offenderId: w.people.north.id, userId: w.staff.officer.id, reason: 'Urgent risk call', until: glassUntil } })
})

/** The page's reads for `actor`, with the number of SQL statements they sent. */
async function counted(actor: Actor, id: string) {
  const { result: page, statements } = await countStatements(() => getRecordPage(actor, id))
  return { page, statements }
}

const views = (actor: Actor, offenderId: string) => prisma.auditEvent.count({ where: { actorUserId: actor.userId, action: 'offender.view', offenderId } })

describe("a person's record page", () => {
  it('shows what it showed before, each role its own', async () => {
    const { officer, colleague, senior, police } = w.actors
    const mine = w.people.mine.id
    const before = await views(officer, mine)
    const own = (await counted(officer, mine)).page
    expect(await views(officer, mine)).toBe(before + 1)
    expect(own.record).toMatchObject({ id: mine, unacceptableAbsences: 3, canWrite: true, canRecordProgress: true, canViewAudit: true })
    expect(own.breakGlassUntil).toBeNull()
    expect(own.accessLists).toBeNull()
    expect(own.enforcement).toEqual([])
    expect(own.appointments).toMatchObject({ upcoming: [], awaitingOutcome: [] })
    expect(own.allocation).toMatchObject({ manage: false, officers: [], teams: [], pending: null })
    expect(own.allocation.history).toHaveLength(1)
    expect(own.allocation.lookup.teams.get(w.teamA.id)).toMatchObject({ name: w.teamA.name })
    expect(own.allocation.lookup.users.get(w.staff.officer.id)).toBe(w.staff.officer.name)
    // A team case is read-only for a colleague; a senior manages it; the police read it only through their scope.
    expect((await counted(colleague, mine)).page.record).toMatchObject({ canWrite: false, canRecordProgress: false, unacceptableAbsences: 3 })
    const bySenior = (await counted(senior, mine)).page
    expect(bySenior.record).toMatchObject({ canWrite: true, canViewAudit: true })
    expect(bySenior.allocation).toMatchObject({ manage: true })
    expect(bySenior.allocation.officers.map((o) => o.id)).toEqual(expect.arrayContaining([w.staff.officer.id, w.staff.colleague.id]))
    expect(bySenior.accessLists).toMatchObject({ exclusions: [], restrictions: [] })
    await expect(getRecordPage(police, mine)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    // Opened by break-glass: read-only, the banner's end shown, nobody's lists.
    const glass = (await counted(officer, w.people.north.id)).page
    expect(glass.record).toMatchObject({ canWrite: false, canViewAudit: false })
    expect(glass.breakGlassUntil?.getTime()).toBe(glassUntil.getTime())
  })

  it('sends few statements for one render (issue 18 item 1)', async () => {
    const statements: Record<string, number> = {}
    for (const name of ['officer', 'colleague', 'senior'] as const) statements[name] = (await counted(w.actors[name], w.people.mine.id)).statements
    // Before issue 18 item 1: 36 for the officer (37 with the session's). Now the record (17, one per relation Prisma
    // reads), its figures and audit row (1), who looked (1), and one each for the panels; a senior adds the
    // allocation choices and the Limited Access lists.
    expect(statements).toEqual({ officer: 30, colleague: 30, senior: 37 })
  })
})
