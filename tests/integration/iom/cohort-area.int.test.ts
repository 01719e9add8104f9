import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { findCandidates } from '../../../src/server/iom/candidates'
import { createCohort } from '../../../src/server/iom/cohorts'
import { cohortAreaSql, cohortAreaWhere } from '../../../src/server/iom/cohort-area'
import { Prisma } from '../../../src/generated/prisma/client'
import { createOffender } from '../../factories'
import { buildWorld, type World } from '../../support/world'
import { cohort, issues, sentence, setOgrs } from './support'

// Issue 15 item 17: a cohort's area can be a local area (an LDU, or local authorities) and its candidates come only from it.
let w: World
let swansea: { id: string }
let inSwansea: { id: string }
let cardiffLa: { id: string }
let swanseaLa: { id: string }
let northLdu: { id: string }

beforeAll(async () => {
  w = await buildWorld()
  swansea = await prisma.area.create({ data: { code: `SWA-${w.tag}`, name: `Swansea ${w.tag}`, region: 'SOUTH_WALES', agencyId: w.nps.id } })
  northLdu = { id: (await prisma.area.findFirstOrThrow({ where: { code: `NORTH-${w.tag}`.toUpperCase() } })).id }
  const la = (name: string) => prisma.localAuthority.create({ data: { code: `${name}-${w.tag}`.toUpperCase(), name: `${name} ${w.tag}`, region: 'SOUTH_WALES' } })
  ;[cardiffLa, swanseaLa] = [await la('CARDIFF'), await la('SWANSEA')]
  inSwansea = await createOffender(prisma, { lastName: `Swansea${w.tag}`, responsibleAgencyId: w.nps.id, lduId: swansea.id, localAuthorityId: swanseaLa.id, riskProfile: { create: { overallRosh: 'MEDIUM', assessedAt: new Date() } } })
  await prisma.offender.update({ where: { id: w.people.mine.id }, data: { localAuthorityId: cardiffLa.id } })
  for (const p of [w.people.mine, inSwansea]) {
    await sentence(p.id)
    await setOgrs(p.id, 99.7)
  }
})

const candidateIds = async (cohortId: string) => (await findCandidates(w.actors.police, cohortId)).candidates.map((c) => c.id)

describe('a cohort’s local area', () => {
  it('takes candidates from the whole force area when it names none', async () => {
    const ids = await candidateIds((await cohort(w)).id)
    expect(ids).toEqual(expect.arrayContaining([w.people.mine.id, inSwansea.id]))
  })

  it('takes candidates only from its LDU', async () => {
    const ids = await candidateIds((await cohort(w, { lduId: w.cardiff.id })).id)
    expect(ids).toContain(w.people.mine.id)
    expect(ids).not.toContain(inSwansea.id)
  })

  it('takes candidates only from its local authorities', async () => {
    const ids = await candidateIds((await cohort(w, { localAuthorityIds: [swanseaLa.id] })).id)
    expect(ids).toContain(inSwansea.id)
    expect(ids).not.toContain(w.people.mine.id)
  })

  it('is set when the cohort is created, and must lie in the force area (field error, nothing written)', async () => {
    const criteria = { strand: 'FIXED', name: `Cardiff Fixed ${w.tag}`, lookbackMonths: '12', reviewEveryWeeks: '4', minOgrs: '50' }
    const { id } = await createCohort(w.actors.police, { ...criteria, lduId: w.cardiff.id, localAuthorityIds: [cardiffLa.id] })
    expect(await prisma.iomCohort.findUniqueOrThrow({ where: { id } })).toMatchObject({ lduId: w.cardiff.id, localAuthorityIds: [cardiffLa.id] })
    const before = await prisma.iomCohort.count()
    await expect(createCohort(w.actors.police, { ...criteria, lduId: northLdu.id })).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { lduId: ['iomAreaOutsideRegion'] } })
    expect(issues(await createCohort(w.actors.police, { ...criteria, lduId: 'nowhere' }).catch((e: unknown) => e))).toEqual({ lduId: 'chooseOption' })
    expect(await prisma.iomCohort.count()).toBe(before)
  })

  // The candidate list asks cohortAreaSql and the panel's decision asks cohortAreaWhere (break 61 F11): one rule in two
  // forms, so each area shape must admit the same people by both.
  it('admits the same people to the panel’s decision as to the candidate list, for every shape of area', async () => {
    const people = [...Object.values(w.people).map((p) => p.id), inSwansea.id]
    const shapes = [{}, { lduId: w.cardiff.id }, { localAuthorityIds: [swanseaLa.id] }, { lduId: w.cardiff.id, localAuthorityIds: [cardiffLa.id] }, { lduId: swansea.id, localAuthorityIds: [cardiffLa.id] }, { localAuthorityIds: [cardiffLa.id, swanseaLa.id] }]
    for (const shape of shapes) {
      const area = { region: 'SOUTH_WALES' as const, lduId: null, localAuthorityIds: [], ...shape }
      const bySql = await prisma.$queryRaw<{ id: string }[]>`SELECT o.id::text AS id FROM "Offender" o JOIN "Area" ldu ON ldu.id = o."lduId"
        WHERE ${cohortAreaSql(area)} AND o.id IN (${Prisma.join(people.map((id) => Prisma.sql`${id}::uuid`))})`
      const byWhere = await prisma.offender.findMany({ where: { AND: [cohortAreaWhere(area), { id: { in: people } }] }, select: { id: true } })
      expect(byWhere.map((p) => p.id).sort(), JSON.stringify(shape)).toEqual(bySql.map((p) => p.id).sort())
    }
    // Not vacuous: the shapes between them admit some and refuse others.
    const admitted = await prisma.offender.count({ where: { AND: [cohortAreaWhere({ region: 'SOUTH_WALES', lduId: null, localAuthorityIds: [swanseaLa.id] }), { id: { in: people } }] } })
    expect(admitted).toBe(1)
  })
})
