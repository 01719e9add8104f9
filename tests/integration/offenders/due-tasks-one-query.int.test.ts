import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import type { Actor } from '../../../src/server/policy'
import { findDueTasks, findDueTasksByGeneralPath, type DueTask } from '../../../src/server/tasks/find-due-tasks'
import { createContact } from '../../factories'
import { countStatements } from '../../support/count-statements'
import { lastAudit as lastAuditOf } from '../../support/last-audit'
import { buildWorld, type World } from '../../support/world'

/**
 * The "what is due" list in one statement (due-tasks-one-query.ts, issue 18) gives exactly the general path's tasks
 * (find-due-tasks.ts, scopes from scopes.ts): for every role with a caseload, each person's record panel and the home
 * list, with people on every side of the read scope and Limited Access, a break-glass access running and one ended,
 * and the same `tasks.view` audit row.
 */
let w: World
const DAY = 24 * 3600 * 1000
const inDays = (n: number) => new Date(Date.now() + n * DAY)
let breakGlassPerson: string

/** Every kind of task for one person: a registration and plan review due, a missing outcome, an order ending, a breach. */
async function tasksFor(offenderId: string, serviceId: string, authorId: string, agencyId: string) {
  await prisma.riskFlag.create({ data: { offenderId, type: 'SELF_HARM', registeredAt: inDays(-100), nextReviewDate: inDays(3) } })
  await prisma.riskFlag.create({ data: { offenderId, type: 'GANGS', registeredAt: inDays(-100), nextReviewDate: inDays(60) } })
  await prisma.riskFlag.create({ data: { offenderId, type: 'DOMESTIC_ABUSE_PERPETRATOR', registeredAt: inDays(-100), nextReviewDate: inDays(-3), deregisteredAt: inDays(-1) } })
  await createContact(prisma, { offenderId, type: 'APPOINTMENT', occurredAt: inDays(-2), authorId, authorAgencyId: agencyId })
  await createContact(prisma, { offenderId, type: 'APPOINTMENT', occurredAt: inDays(-3), outcome: 'ATTENDED', authorId, authorAgencyId: agencyId })
  await prisma.sentence.create({ data: { offenderId, type: 'LICENCE', indexOffence: 'Robbery', startDate: inDays(-300), expectedEndDate: inDays(10) } })
  await prisma.sentence.create({ data: { offenderId, type: 'COMMUNITY_ORDER', indexOffence: 'Theft', startDate: inDays(-300), expectedEndDate: inDays(90) } })
  const plan = { supervision: 's', monitoringAndControl: 'm', interventionsTreatment: 'i', victimSafetyPlanning: 'v', contingency: 'c', authorId }
  await prisma.riskManagementPlan.create({ data: { ...plan, offenderId, version: 1, nextReviewDate: inDays(-5) } })
  await prisma.riskManagementPlan.create({ data: { ...plan, offenderId, version: 2, nextReviewDate: inDays(5) } })
  const referral = (data: object) =>
    prisma.partnerReferral.create({ data: { offenderId, serviceId, referredById: authorId, pathway: 'DRUGS_ALCOHOL', reason: 'r', consentToShare: true, ...data } })
  const open = await referral({ status: 'SUBMITTED' })
  const assessed = await referral({ status: 'ACCEPTED', assessedOn: inDays(-4) })
  await prisma.serviceLevelBreach.create({ data: { referralId: open.id, stage: 'ASSESSMENT', dueOn: inDays(-1) } })
  await prisma.serviceLevelBreach.create({ data: { referralId: assessed.id, stage: 'ASSESSMENT', dueOn: inDays(-6) } })
  await prisma.serviceLevelBreach.create({ data: { referralId: assessed.id, stage: 'CARE_PLAN', dueOn: inDays(-1) } })
}

beforeAll(async () => {
  w = await buildWorld()
  const service = await prisma.partnerService.create({ data: { providerAgencyId: w.nps.id, name: 'Due tasks service', nameCy: 'Gwasanaeth tasgau', pathways: ['DRUGS_ALCOHOL'], regions: ['SOUTH_WALES'], contactEmail: 's@example.org' } })
  for (const person of Object.values(w.people)) await tasksFor(person.id, service.id, w.staff.officer.id, w.nps.id)
  // A senior outside the North's scope gets it by break-glass while it runs; an ended one gives nothing.
  breakGlassPerson = w.people.north.id
  await prisma.breakGlassAccess.create({ data: { offenderId: w.people.north.id, userId: w.staff.senior.id, reason: 'Urgent risk call', until: inDays(1) } })
  await prisma.breakGlassAccess.create({ data: { offenderId: w.people.mappaNorth.id, userId: w.staff.senior.id, reason: 'Urgent risk call', from: inDays(-2), until: inDays(-1) } })
})

/** Ties on the due date may come in any order from the general path; the one-statement path orders them. */
const sorted = (tasks: DueTask[]) => [...tasks].sort((a, b) => a.due.getTime() - b.due.getTime() || `${a.kind}${a.offender.crn}${a.detail}${a.referralId}`.localeCompare(`${b.kind}${b.offender.crn}${b.detail}${b.referralId}`))

const settle = (p: Promise<DueTask[]>) => p.then(sorted, (e: { code?: string }) => ({ refused: e.code }))

const lastAudit = (actor: Actor) => lastAuditOf(actor, 'tasks.view')

describe('the due tasks in one statement', () => {
  it("gives the general path's tasks for every role, on the home list and on each person's record", async () => {
    let shown = 0
    for (const [name, actor] of Object.entries(w.actors)) {
      for (const offenderId of [undefined, ...Object.values(w.people).map((p) => p.id)]) {
        const one = await settle(findDueTasks(actor, { offenderId }))
        const general = await settle(findDueTasksByGeneralPath(actor, { offenderId }))
        expect({ name, offenderId, one }).toEqual({ name, offenderId, one: general })
        if (Array.isArray(one)) shown += one.length
      }
    }
    // Every kind appeared, and the scopes both let people through and kept them out.
    expect(shown).toBeGreaterThan(50)
  })

  it('lists every kind, soonest first, with the plan in force and only breaches whose stage is still open', async () => {
    const tasks = await findDueTasks(w.actors.officer, { offenderId: w.people.mine.id })
    expect(tasks.map((t) => [t.kind, t.detail])).toEqual([
      ['OUTCOME_MISSING', 'APPOINTMENT'],
      ['SERVICE_LEVEL_BREACH', 'ASSESSMENT'],
      ['SERVICE_LEVEL_BREACH', 'CARE_PLAN'],
      ['FLAG_REVIEW', 'SELF_HARM'],
      ['PLAN_REVIEW', '2'],
      ['SENTENCE_ENDING', 'LICENCE'],
    ])
    expect(tasks.find((t) => t.kind === 'SERVICE_LEVEL_BREACH')).toMatchObject({ service: { name: 'Due tasks service', nameCy: 'Gwasanaeth tasgau' }, overdue: true })
  })

  it('keeps Limited Access and break-glass as the policy does', async () => {
    const ids = async (actor: Actor) => new Set((await findDueTasks(actor)).map((t) => t.offender.id))
    expect(await ids(w.actors.officer)).not.toContain(w.people.excluded.id)
    expect((await findDueTasks(w.actors.otherSenior, { offenderId: w.people.restricted.id }))).toEqual([])
    expect((await findDueTasks(w.actors.senior, { offenderId: breakGlassPerson })).length).toBeGreaterThan(0)
    expect(await findDueTasks(w.actors.senior, { offenderId: w.people.mappaNorth.id })).toEqual([])
  })

  it('writes the same audit row as the general path on the home list, and none for a record panel', async () => {
    const actor = w.actors.senior
    const one = await findDueTasks(actor)
    const first = await lastAudit(actor)
    await findDueTasksByGeneralPath(actor)
    const general = await lastAudit(actor)
    expect(first).toEqual({ ...general })
    expect(first).toMatchObject({ subjectType: 'Task', detail: { count: one.length }, correlationId: actor.sessionId ?? null })
    const before = await prisma.auditEvent.count({ where: { actorUserId: actor.userId } })
    await findDueTasks(actor, { offenderId: w.people.mine.id })
    expect(await prisma.auditEvent.count({ where: { actorUserId: actor.userId } })).toBe(before)
  })

  it('reads the home list with its audit row, and a record panel, in ONE statement each (issue 18 items 1 and 2)', async () => {
    const home = await countStatements(() => findDueTasks(w.actors.senior))
    expect(home.result.length).toBeGreaterThan(0)
    expect(home.statements).toBe(1)
    expect((await countStatements(() => findDueTasks(w.actors.officer, { offenderId: w.people.mine.id }))).statements).toBe(1)
  })
})
