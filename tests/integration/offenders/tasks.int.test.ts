import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { findDueTasks } from '../../../src/server/tasks/find-due-tasks'
import { createContact } from '../../factories'
import { buildWorld, type World } from '../../support/world'

let w: World
const DAY = 24 * 3600 * 1000
const inDays = (n: number) => new Date(Date.now() + n * DAY)

beforeAll(async () => {
  w = await buildWorld()
  const mine = w.people.mine.id
  await prisma.riskFlag.create({ data: { offenderId: mine, type: 'SELF_HARM', registeredAt: inDays(-100), nextReviewDate: inDays(3) } })
  await prisma.riskFlag.create({ data: { offenderId: mine, type: 'GANGS', registeredAt: inDays(-100), nextReviewDate: inDays(60) } })
  await createContact(prisma, { offenderId: mine, type: 'APPOINTMENT', occurredAt: inDays(-2), authorId: w.staff.officer.id, authorAgencyId: w.nps.id })
  await createContact(prisma, { offenderId: mine, type: 'APPOINTMENT', occurredAt: inDays(-3), outcome: 'ATTENDED', authorId: w.staff.officer.id, authorAgencyId: w.nps.id })
  await prisma.sentence.create({ data: { offenderId: mine, type: 'LICENCE', indexOffence: 'Robbery', startDate: inDays(-300), expectedEndDate: inDays(10) } })
  // Version 1's review date was superseded by version 2: only the plan in force is due.
  const plan = { supervision: 's', monitoringAndControl: 'm', interventionsTreatment: 'i', victimSafetyPlanning: 'v', contingency: 'c', authorId: w.staff.officer.id }
  await prisma.riskManagementPlan.create({ data: { ...plan, offenderId: mine, version: 1, nextReviewDate: inDays(-5) } })
  await prisma.riskManagementPlan.create({ data: { ...plan, offenderId: mine, version: 2, nextReviewDate: inDays(5) } })
  await prisma.riskFlag.create({ data: { offenderId: w.people.restricted.id, type: 'MENTAL_HEALTH', registeredAt: inDays(-10), nextReviewDate: inDays(-1) } })
})

describe('derived tasks', () => {
  it('lists registration and plan reviews due within two weeks, missing outcomes and sentences ending, soonest first', async () => {
    const tasks = await findDueTasks(w.actors.officer)
    expect(tasks.map((t) => [t.kind, t.detail, t.offender.id])).toEqual([
      ['OUTCOME_MISSING', 'APPOINTMENT', w.people.mine.id],
      ['FLAG_REVIEW', 'SELF_HARM', w.people.mine.id],
      ['PLAN_REVIEW', '2', w.people.mine.id],
      ['SENTENCE_ENDING', 'LICENCE', w.people.mine.id],
    ])
    expect(tasks[0]!.overdue).toBe(true)
    expect(tasks[1]!.overdue).toBe(false)
  })

  it('gives a senior their team, but never a limited-access person they may not see', async () => {
    expect((await findDueTasks(w.actors.senior)).map((t) => t.offender.id)).toContain(w.people.restricted.id)
    expect((await findDueTasks(w.actors.otherSenior)).map((t) => t.offender.id)).not.toContain(w.people.restricted.id)
    expect(await findDueTasks(w.actors.otherSenior, { offenderId: w.people.restricted.id })).toEqual([])
  })

  it('is refused to roles without a caseload', async () => {
    await expect(findDueTasks(w.actors.manager)).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })
})
