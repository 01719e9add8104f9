import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { createCohort, getCohort, listCohorts, updateCohort } from '../../../src/server/iom/cohorts'
import { buildWorld, type World } from '../../support/world'
import { issues } from './support'

let w: World
const criteria = (extra: Record<string, unknown> = {}) => ({
  strand: 'FLEX',
  name: 'South Wales — Flex (domestic abuse)',
  nameCy: 'De Cymru — Hyblyg',
  offenceTypes: ['DOMESTIC_ABUSE'],
  minConvictions: '2',
  lookbackMonths: '12',
  minOgrs: '',
  priorityGroups: '',
  reviewEveryWeeks: '4',
  ...extra,
})

beforeAll(async () => {
  w = await buildWorld()
})

describe('IOM cohorts', () => {
  it('are set up by police and probation for their own force area, and audited', async () => {
    const { id } = await createCohort(w.actors.police, criteria())
    const made = await prisma.iomCohort.findUniqueOrThrow({ where: { id } })
    expect(made).toMatchObject({ region: 'SOUTH_WALES', strand: 'FLEX', offenceTypes: ['DOMESTIC_ABUSE'], minConvictions: 2, minOgrs: null, priorityGroups: [], createdById: w.staff.police.id })
    expect(await prisma.auditEvent.count({ where: { action: 'iom.cohort.create', subjectId: id, actorUserId: w.staff.police.id } })).toBe(1)
    expect((await listCohorts(w.actors.officer)).map((c) => c.id)).toContain(id)
    // Another force area's staff neither see nor reach it.
    expect((await listCohorts(w.actors.northOfficer)).map((c) => c.id)).not.toContain(id)
    await expect(getCohort(w.actors.northOfficer, id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getCohort(w.actors.officer, 'not-a-uuid')).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('gives a Fixed cohort neighbourhood acquisitive crime when no offence type is ticked', async () => {
    const { id } = await createCohort(w.actors.officer, criteria({ strand: 'FIXED', offenceTypes: '', minConvictions: '', minOgrs: '55.5' }))
    expect(await prisma.iomCohort.findUniqueOrThrow({ where: { id } })).toMatchObject({ offenceTypes: ['ACQUISITIVE'], minConvictions: 0 })
    expect((await getCohort(w.actors.officer, id)).minOgrs).toBe(55.5)
  })

  it('refuses roles without IOM, and staff with no force area', async () => {
    for (const actor of [w.actors.mappa, w.actors.admin, w.actors.manager, w.actors.volunteer]) {
      await expect(createCohort(actor, criteria())).rejects.toMatchObject({ code: 'FORBIDDEN' })
      await expect(listCohorts(actor)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    }
    await expect(createCohort({ ...w.actors.officer, region: null }, criteria())).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect(await listCohorts({ ...w.actors.officer, region: null })).toEqual([])
  })

  it('refuses bad criteria and saves nothing', async () => {
    const before = await prisma.iomCohort.count()
    expect(issues(await createCohort(w.actors.police, criteria({ strand: 'FLEX', offenceTypes: '', minConvictions: '0' })).catch((e: unknown) => e))).toEqual({ '': 'iomCriteriaRequired' })
    expect(issues(await createCohort(w.actors.police, criteria({ name: '', lookbackMonths: '61', minOgrs: '101', reviewEveryWeeks: 'x', offenceTypes: ['BURGLARY'] })).catch((e: unknown) => e))).toEqual({
      name: 'required',
      lookbackMonths: 'numberTooBig',
      minOgrs: 'numberTooBig',
      reviewEveryWeeks: 'invalidNumber',
      'offenceTypes.0': 'chooseOption',
    })
    expect(issues(await createCohort(w.actors.police, criteria({ lookbackMonths: '0', minOgrs: '-1' })).catch((e: unknown) => e))).toEqual({ lookbackMonths: 'numberTooSmall', minOgrs: 'numberTooSmall' })
    expect(await prisma.iomCohort.count()).toBe(before)
  })

  it('changes criteria against the version the form was drawn from', async () => {
    const { id } = await createCohort(w.actors.police, criteria())
    await updateCohort(w.actors.officer, { cohortId: id, version: 1, ...criteria({ priorityGroups: ['WOMEN', 'DRUG_MISUSE'], minOgrs: '40' }) })
    expect(await prisma.iomCohort.findUniqueOrThrow({ where: { id } })).toMatchObject({ version: 2, priorityGroups: ['WOMEN', 'DRUG_MISUSE'] })
    await expect(updateCohort(w.actors.police, { cohortId: id, version: 1, ...criteria() })).rejects.toMatchObject({ code: 'CONFLICT' })
    await expect(updateCohort(w.actors.northOfficer, { cohortId: id, version: 2, ...criteria() })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(updateCohort(w.actors.mappa, { cohortId: id, version: 2, ...criteria() })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect(await prisma.auditEvent.count({ where: { action: 'iom.cohort.update', subjectId: id } })).toBe(1)
  })
})
