import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { findCandidates } from '../../../src/server/iom/candidates'
import { getOffender } from '../../../src/server/offenders/get-offender'
import { yearsBefore } from '../../../src/server/iom/review-cadence'
import { createOffender } from '../../factories'
import { buildWorld, type World } from '../../support/world'
import { cohort, dateOnly, select, sentence, setOgrs } from './support'

let w: World
const idsOf = async (actor: World['actors'][keyof World['actors']], cohortId: string) => (await findCandidates(actor, cohortId)).candidates.map((c) => c.id)

beforeAll(async () => {
  w = await buildWorld()
  const { mine, colleagues, otherTeam, north, excluded, restricted, mappaCardiff } = w.people
  // Acquisitive, active, scored high: mine (twice convicted recently), colleagues, otherTeam, and the two LAO people.
  for (const p of [mine, colleagues, otherTeam, north, excluded, restricted]) await sentence(p.id)
  await sentence(mine.id, { startDate: dateOnly(-200), status: 'COMPLETED', indexOffence: 'Burglary (dwelling)' })
  for (const [p, score] of [[mine, 99.5], [colleagues, 99.4], [otherTeam, 99.3], [north, 99.9], [excluded, 99.2], [restricted, 99.1]] as const) await setOgrs(p.id, score)
  // MappaCardiff: a violent offence and a drug treatment requirement; a veteran.
  const violence = await sentence(mappaCardiff.id, { indexOffence: 'Assault occasioning actual bodily harm', offenceCategory: 'VIOLENCE' })
  await prisma.sentenceRequirement.create({ data: { sentenceId: violence.id, kind: 'DRUG_TREATMENT', description: 'Drug rehabilitation requirement' } })
  await prisma.offender.update({ where: { id: mappaCardiff.id }, data: { isVeteran: true } })
  await setOgrs(mappaCardiff.id, 98)
})

describe('the candidate list', () => {
  it('holds people of the force area on an active sentence who meet every criterion, highest OGRS first', async () => {
    const c = await cohort(w)
    const { candidates } = await findCandidates(w.actors.police, c.id)
    const ours = candidates.filter((x) => Object.values(w.people).some((p) => p.id === x.id))
    expect(ours.map((x) => x.id)).toEqual([w.people.mine.id, w.people.colleagues.id, w.people.otherTeam.id, w.people.excluded.id])
    expect(ours[0]).toMatchObject({ crn: w.people.mine.crn, recentConvictions: 2, ogrs: 99.5, offenceCategories: ['ACQUISITIVE'], lastDecision: null, ldu: { name: w.cardiff.name } })
    expect(typeof ours[0]!.age).toBe('number')
    // Only what the panel needs: nothing of the record beyond it.
    expect(Object.keys(ours[0]!).sort()).toEqual(['age', 'crn', 'firstName', 'id', 'lastDecision', 'lastName', 'ldu', 'offenceCategories', 'ogrs', 'recentConvictions'])
  })

  it('breaks OGRS ties by last name, then first name, then CRN, with no score last (one query, issue 18 item 2)', async () => {
    const c = await cohort(w, { offenceTypes: ['PUBLIC_ORDER'], minOgrs: null })
    const at = { responsibleAgencyId: w.people.mine.responsibleAgencyId, lduId: w.people.mine.lduId, teamId: w.people.mine.teamId }
    const person = async (firstName: string, lastName: string, ogrs3Year2: number | null) => {
      const p = await createOffender(prisma, { ...at, firstName, lastName: `${lastName}${w.tag}`, riskProfile: { create: { overallRosh: 'LOW', ogrs3Year2, assessedAt: new Date() } } })
      await sentence(p.id, { offenceCategory: 'PUBLIC_ORDER' })
      return p.id
    }
    const unscored = await person('Aled', 'Aaron', null)
    const zed = await person('Amy', 'Zed', 95)
    const ableZoe = await person('Zoe', 'Able', 95)
    const ableAnn = await person('Ann', 'Able', 95)
    const ableAnnToo = await person('Ann', 'Able', 95)
    const top = await person('Yusuf', 'Young', 96)
    const ours = new Set([unscored, zed, ableZoe, ableAnn, ableAnnToo, top])
    const order = (await idsOf(w.actors.police, c.id)).filter((id) => ours.has(id))
    expect(order).toEqual([top, ableAnn, ableAnnToo, ableZoe, zed, unscored])
  })

  it('leaves out Limited Access Offenders the actor may not see', async () => {
    const c = await cohort(w)
    const officer = await idsOf(w.actors.officer, c.id)
    expect(officer).toContain(w.people.mine.id)
    expect(officer).not.toContain(w.people.excluded.id)
    expect(officer).not.toContain(w.people.restricted.id)
    expect(await idsOf(w.actors.senior, c.id)).toContain(w.people.restricted.id)
  })

  it('counts convictions in the look-back window, with a grouped query for two or more', async () => {
    const c = await cohort(w, { minConvictions: 2, lookbackMonths: 12 })
    expect((await idsOf(w.actors.police, c.id)).filter((id) => Object.values(w.people).some((p) => p.id === id))).toEqual([w.people.mine.id])
    const short = await cohort(w, { minConvictions: 2, lookbackMonths: 3 })
    expect(await idsOf(w.actors.police, short.id)).not.toContain(w.people.mine.id)
  })

  it('selects on offence type, predictor score and any of the priority groups', async () => {
    const violence = await cohort(w, { offenceTypes: ['VIOLENCE'], minOgrs: 97 })
    expect(await idsOf(w.actors.police, violence.id)).toEqual(expect.arrayContaining([w.people.mappaCardiff.id]))
    expect(await idsOf(w.actors.police, violence.id)).not.toContain(w.people.mine.id)
    const tooHigh = await cohort(w, { offenceTypes: ['VIOLENCE'], minOgrs: 98.5 })
    expect(await idsOf(w.actors.police, tooHigh.id)).not.toContain(w.people.mappaCardiff.id)
    const drugs = await cohort(w, { offenceTypes: [], minOgrs: 97, priorityGroups: ['DRUG_MISUSE', 'WOMEN'] })
    const drugIds = await idsOf(w.actors.police, drugs.id)
    expect(drugIds).toContain(w.people.mappaCardiff.id)
    expect(drugIds).not.toContain(w.people.mine.id)
    const veterans = await cohort(w, { offenceTypes: [], minOgrs: 97, priorityGroups: ['VETERAN'] })
    expect(await idsOf(w.actors.police, veterans.id)).toContain(w.people.mappaCardiff.id)
    // The world's people were born in 1990: not young adults.
    const young = await cohort(w, { offenceTypes: [], minOgrs: 97, priorityGroups: ['YOUNG_ADULT'] })
    expect(await idsOf(w.actors.police, young.id)).not.toContain(w.people.mappaCardiff.id)
  })

  it('takes a 17-year-old as a young adult, as the person record does: one definition, 16 to 25 (issue 15 item 4)', async () => {
    const p = w.people.mappaCardiff
    const before = await prisma.offender.findUniqueOrThrow({ where: { id: p.id }, select: { dateOfBirth: true } })
    const young = await cohort(w, { offenceTypes: [], minOgrs: 97, priorityGroups: ['YOUNG_ADULT'] })
    try {
      await prisma.offender.update({ where: { id: p.id }, data: { dateOfBirth: yearsBefore(dateOnly(), 17) } })
      expect(await idsOf(w.actors.police, young.id)).toContain(p.id)
      expect((await getOffender(w.actors.officer, p.id)).priorityGroups).toContain('YOUNG_ADULT')
      // 26 today: neither place counts them.
      await prisma.offender.update({ where: { id: p.id }, data: { dateOfBirth: yearsBefore(dateOnly(), 26) } })
      expect(await idsOf(w.actors.police, young.id)).not.toContain(p.id)
      expect((await getOffender(w.actors.officer, p.id)).priorityGroups).not.toContain('YOUNG_ADULT')
    } finally {
      await prisma.offender.update({ where: { id: p.id }, data: { dateOfBirth: before.dateOfBirth } })
    }
  })

  it('leaves out current members, and shows the last panel decision', async () => {
    const c = await cohort(w)
    await select(w, w.actors.police, c.id, w.people.mine.id)
    const after = await findCandidates(w.actors.police, c.id)
    expect(after.candidates.map((x) => x.id)).not.toContain(w.people.mine.id)
    await prisma.iomPanelDecision.create({ data: { cohortId: c.id, offenderId: w.people.colleagues.id, selected: false, reason: 'Settled in work.', panelOn: dateOnly(-7), panelists: ['Police'], decidedById: w.staff.police.id } })
    const row = (await findCandidates(w.actors.police, c.id)).candidates.find((x) => x.id === w.people.colleagues.id)
    expect(row?.lastDecision).toMatchObject({ selected: false, reason: 'Settled in work.' })
  })

  it('is audited once per person shown', async () => {
    const c = await cohort(w)
    const { candidates } = await findCandidates(w.actors.officer, c.id)
    const rows = await prisma.auditEvent.findMany({ where: { action: 'iom.candidate.view', subjectId: c.id, actorUserId: w.staff.officer.id } })
    expect(rows.map((r) => r.offenderId).sort()).toEqual(candidates.map((x) => x.id).sort())
  })

  it('is refused to roles without IOM and to other force areas', async () => {
    const c = await cohort(w)
    for (const actor of [w.actors.mappa, w.actors.admin, w.actors.volunteer]) await expect(findCandidates(actor, c.id)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(findCandidates(w.actors.northOfficer, c.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    const north = await cohort(w, { region: 'NORTH_WALES' })
    await expect(findCandidates(w.actors.police, north.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    // A North Wales cohort never lists South Wales people, even for its own staff.
    expect(await idsOf(w.actors.northOfficer, north.id)).not.toContain(w.people.mine.id)
  })
})
