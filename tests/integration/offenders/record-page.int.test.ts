import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import type { Actor } from '../../../src/server/policy'
import { offenderRecordSelect } from '../../../src/server/offenders/offender-record.select'
import { getRecordPage } from '../../../src/server/offenders/record-page'
import { can, offenderVisible } from '../../../src/server/policy'
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
  // Every relation the record reads holds something, in more than one row where it is a list, so the one-statement
  // read (relationJoins, issue 18 item 2) is compared on real content: order, take, filters and nested relations.
  await prisma.offenderAlias.createMany({ data: [{ offenderId: person, firstName: 'Siôn', lastName: 'Jones' }, { offenderId: person, firstName: 'John', lastName: 'Jones' }] })
  const profile = await prisma.riskProfile.upsert({
    where: { offenderId: person },
    create: { offenderId: person, overallRosh: 'HIGH', ogrs3Year1: '41.25', ogrs3Year2: '58.50', ogp: '12.00', ovp: null, ospContact: '3.10', rsr: '4.75', assessedAt: new Date('2026-06-01T10:30:00Z') },
    update: { overallRosh: 'HIGH', ogrs3Year1: '41.25', ogrs3Year2: '58.50', ogp: '12.00', ovp: null, ospContact: '3.10', rsr: '4.75' },
  })
  await prisma.roshRating.createMany({ data: [{ riskProfileId: profile.id, group: 'CHILDREN', setting: 'COMMUNITY', level: 'HIGH' }, { riskProfileId: profile.id, group: 'PUBLIC', setting: 'CUSTODY', level: 'MEDIUM' }], skipDuplicates: true })
  await prisma.riskFlag.createMany({ data: [
    { offenderId: person, type: 'SELF_HARM', registeredAt: new Date('2026-02-01'), nextReviewDate: new Date(Date.now() - DAY) },
    { offenderId: person, type: 'GANGS', registeredAt: new Date('2026-03-01'), nextReviewDate: null },
    { offenderId: person, type: 'TERRORISM', registeredAt: new Date('2026-01-01'), deregisteredAt: new Date('2026-04-01') },
  ] })
  for (const [startDate, status] of [['2026-01-10', 'ACTIVE'], ['2026-05-10', 'ACTIVE'], ['2025-01-10', 'TERMINATED']] as const) {
    const sentence = await prisma.sentence.create({ data: { offenderId: person, type: 'COMMUNITY_ORDER', indexOffence: `Theft ${startDate}`, court: 'Cardiff Crown Court', startDate: new Date(startDate), expectedEndDate: new Date('2027-01-10'), status } })
    const requirement = (kind: 'UNPAID_WORK' | 'REHABILITATION_ACTIVITY' | 'LICENCE_CONDITION', removedOn: Date | null = null) =>
      prisma.sentenceRequirement.create({ data: { sentenceId: sentence.id, kind, description: `${kind} of ${startDate}`, unitsOrdered: 100, unitsCompleted: 12, removedOn } })
    const work = await requirement('UNPAID_WORK')
    await requirement('REHABILITATION_ACTIVITY')
    await requirement('LICENCE_CONDITION')
    await requirement('REHABILITATION_ACTIVITY', new Date('2026-06-01'))
    // Twelve sessions: the record shows the latest ten, ties on the day broken by when they were recorded.
    for (let i = 0; i < 12; i++) await prisma.requirementProgress.create({ data: { requirementId: work.id, units: 1 + (i % 3), workedOn: new Date(Date.UTC(2026, 6, 1 + Math.floor(i / 2))), note: i % 2 ? `Session ${i}` : null, recordedById: w.staff.officer.id } })
  }
  for (const [asAt, accommodation] of [['2026-02-01', 'SETTLED_SUITABLE'], ['2026-07-01', 'UNSETTLED_TEMPORARY']] as const) {
    await prisma.circumstanceSnapshot.create({ data: { offenderId: person, occasion: 'REVIEW', asAt: new Date(asAt), accommodation, ete: 'PART_TIME', recordedById: w.staff.officer.id } })
  }
  for (let i = 0; i < 25; i++) await createContact(prisma, { offenderId: person, authorId: w.staff.officer.id, authorAgencyId: w.nps.id, occurredAt: new Date(Date.now() - (i + 2) * 3600_000), isSensitive: i % 4 === 0 })
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
    expect(own.breakGlass).toEqual({ until: null, reason: null })
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
    // Opened by break-glass: read-only, the banner's end and the reason kept shown (break 50 F6), nobody's lists.
    const glass = (await counted(officer, w.people.north.id)).page
    expect(glass.record).toMatchObject({ canWrite: false, canViewAudit: false })
    expect(glass.breakGlass).toEqual({ until: glassUntil, reason: 'Urgent risk call' })
  })

  it('sends few statements for one render (issue 18 item 1)', async () => {
    const statements: Record<string, number> = {}
    for (const name of ['officer', 'colleague', 'senior'] as const) statements[name] = (await counted(w.actors[name], w.people.mine.id)).statements
    // Before issue 18 item 1: 36 for the officer (37 with the session's); before item 2, 30 / 30 / 37, the record
    // alone being 17 (one per relation Prisma read). Now the record (1, its relations joined in the database), its
    // figures and audit row (1), who looked (1), and one each for the panels; a senior adds the allocation choices
    // and the Limited Access lists. Walk 66 F3: one more, whether the person has a restriction list, so the appointment
    // form offers only staff who may see them.
    expect(statements).toEqual({ officer: 15, colleague: 15, senior: 22 })
  })

  it('reads the record in one statement, the same content as one statement per relation (issue 18 item 2)', async () => {
    const read = (actor: Actor, id: string, includeSensitive: boolean, relationLoadStrategy: 'join' | 'query') =>
      prisma.offender.findFirst({ relationLoadStrategy, where: { AND: [{ id }, offenderVisible(actor)] }, select: offenderRecordSelect(includeSensitive) })
    let compared = 0
    for (const actor of Object.values(w.actors)) {
      for (const person of Object.values(w.people)) {
        for (const includeSensitive of [false, true]) {
          const { result: joined, statements } = await countStatements(() => read(actor, person.id, includeSensitive, 'join'))
          expect(statements).toBe(1)
          expect(joined).toEqual(await read(actor, person.id, includeSensitive, 'query'))
          if (joined) compared++
        }
      }
    }
    expect(compared).toBeGreaterThan(10)
    // The rich person is read whole: Decimal scores, dates, nested lists with their order, take and filters.
    const mine = (await read(w.actors.officer, w.people.mine.id, true, 'join'))!
    expect(mine.aliases).toHaveLength(2)
    expect(mine.riskProfile?.ratings).toHaveLength(2)
    expect(mine.riskProfile?.ogrs3Year2?.toString()).toBe('58.5')
    expect(mine.riskFlags.map((f) => f.type)).toEqual(['GANGS', 'SELF_HARM'])
    expect(mine.sentences.map((s) => s.startDate.toISOString().slice(0, 10))).toEqual(['2026-05-10', '2026-01-10'])
    expect(mine.sentences[0]!.requirements.map((r) => r.kind).sort()).toEqual(['REHABILITATION_ACTIVITY', 'UNPAID_WORK'])
    expect(mine.sentences[0]!.requirements.find((r) => r.kind === 'UNPAID_WORK')!.progress).toHaveLength(10)
    expect(mine.circumstances).toMatchObject([{ accommodation: 'UNSETTLED_TEMPORARY' }])
    expect(mine.contacts).toHaveLength(20)
    expect(mine.contacts[0]!.author?.name).toBe(w.staff.officer.name)
    // The record page itself sends the joined read: its record is what one statement per relation gives.
    const page = await getRecordPage(w.actors.officer, w.people.mine.id)
    const { riskProfile: _profile, ...perRelation } = (await read(w.actors.officer, w.people.mine.id, can(w.actors.officer, 'contact.readSensitive'), 'query'))!
    expect(page.record).toMatchObject(perRelation)
  })
})
