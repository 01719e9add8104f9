import { beforeAll, describe, expect, it } from 'vitest'
import { ZodError } from 'zod'
import { prisma } from '../../../src/server/db'
import { addObjective, findObjectives, updateObjective } from '../../../src/server/plan/objectives'
import { buildWorld, type World } from '../../support/world'

let w: World
beforeAll(async () => {
  w = await buildWorld()
})
const nextMonth = () => new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10)

describe('sentence plan', () => {
  it('adds an objective on a pathway and moves it through its statuses, audited', async () => {
    const { id } = await addObjective(w.actors.officer, { offenderId: w.people.mine.id, pathway: 'ACCOMMODATION', objective: 'Secure a tenancy before the licence ends', dueDate: nextMonth() })
    await updateObjective(w.actors.officer, { objectiveId: id, version: 1, status: 'IN_PROGRESS' })
    await expect(updateObjective(w.actors.officer, { objectiveId: id, version: 1, status: 'ACHIEVED' })).rejects.toMatchObject({ code: 'CONFLICT' })
    expect((await findObjectives(w.actors.colleague, w.people.mine.id)).map((o) => o.status)).toEqual(['IN_PROGRESS'])
    expect(await prisma.auditEvent.count({ where: { subjectId: id } })).toBe(2)
  })

  it('keeps the women’s pathways for women, refuses past dates, colleagues and other areas', async () => {
    await expect(addObjective(w.actors.officer, { offenderId: w.people.mine.id, pathway: 'WOMEN_DOMESTIC_ABUSE', objective: 'x', dueDate: nextMonth() })).rejects.toMatchObject({ fieldErrors: { pathway: ['pathwayWomenOnly'] } })
    await expect(addObjective(w.actors.officer, { offenderId: w.people.mine.id, pathway: 'HEALTH', objective: 'x', dueDate: '2020-01-01' })).rejects.toBeInstanceOf(ZodError)
    await expect(addObjective(w.actors.colleague, { offenderId: w.people.mine.id, pathway: 'HEALTH', objective: 'x', dueDate: nextMonth() })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(addObjective(w.actors.northOfficer, { offenderId: w.people.mine.id, pathway: 'HEALTH', objective: 'x', dueDate: nextMonth() })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await findObjectives(w.actors.northOfficer, w.people.mine.id)).toEqual([])
  })

  it('keeps objectives on a women’s pathway from readers who do not manage her pathways, until the restriction is lifted', async () => {
    await prisma.offender.update({ where: { id: w.people.mine.id }, data: { sex: 'FEMALE' } })
    await addObjective(w.actors.officer, { offenderId: w.people.mine.id, pathway: 'WOMEN_DOMESTIC_ABUSE', objective: 'Safety plan with the IDVA', dueDate: nextMonth() })
    const pathwaysOf = async (actor: typeof w.actors.officer) => (await findObjectives(actor, w.people.mine.id)).map((o) => o.pathway)
    expect(await pathwaysOf(w.actors.officer)).toContain('WOMEN_DOMESTIC_ABUSE')
    expect(await pathwaysOf(w.actors.colleague)).not.toContain('WOMEN_DOMESTIC_ABUSE')
    await prisma.pathwayAssessment.create({ data: { offenderId: w.people.mine.id, pathway: 'WOMEN_DOMESTIC_ABUSE', restricted: false } })
    expect(await pathwaysOf(w.actors.colleague)).toContain('WOMEN_DOMESTIC_ABUSE')
    await prisma.offender.update({ where: { id: w.people.mine.id }, data: { sex: 'MALE' } })
  })
})
