import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { getOffenderPathways, type PathwayEntry } from '../../../src/server/pathways/get-pathways'
import { setPathwayRestriction } from '../../../src/server/pathways/restrict-pathway'
import { updatePathway } from '../../../src/server/pathways/update-pathway'
import { createOffender } from '../../factories'
import { buildWorld, type World } from '../../support/world'

let w: World
let womanId: string
let safetyPlan: string
// A marker planted in the restricted pathway's note and objective: it must never reach a reader without the grant.
const marker = `RESTRICTED-MARKER-${Date.now()}`
const entry = (pathways: PathwayEntry[], p: string) => pathways.find((e) => e.pathway === p)!
const versionOf = async (pathway: 'WOMEN_DOMESTIC_ABUSE') => (await prisma.pathwayAssessment.findFirstOrThrow({ where: { offenderId: womanId, pathway } })).version

beforeAll(async () => {
  w = await buildWorld()
  const woman = await createOffender(prisma, { responsibleAgencyId: w.nps.id, offenderManagerId: w.staff.officer.id, teamId: w.teamA.id, lduId: w.cardiff.id, sex: 'FEMALE', firstName: 'Carys' })
  womanId = woman.id
  // MAPPA-managed in South Wales, so the police offender manager may read (and add contacts to) her record.
  await prisma.riskFlag.create({ data: { offenderId: womanId, type: 'MAPPA', level: 1, category: 2, registeredAt: new Date('2026-01-01') } })
  safetyPlan = (await prisma.supportNeed.create({ data: { pathway: 'WOMEN_DOMESTIC_ABUSE', label: `Needs a safety plan ${w.tag}`, labelCy: `Angen cynllun diogelwch ${w.tag}` } })).id
  await prisma.sentencePlanObjective.create({ data: { offenderId: womanId, pathway: 'WOMEN_DOMESTIC_ABUSE', objective: `Safety plan in place ${marker}`, dueDate: new Date('2031-01-01'), createdById: w.staff.officer.id } })
  await prisma.sentencePlanObjective.create({ data: { offenderId: w.people.mine.id, pathway: 'ACCOMMODATION', objective: 'Secure a tenancy before the licence ends', dueDate: new Date('2031-01-01'), createdById: w.staff.officer.id } })
  await updatePathway(w.actors.officer, { offenderId: womanId, pathway: 'WOMEN_DOMESTIC_ABUSE', version: 0, need: 'HIGH', status: 'SUPPORT_REQUIRED', needIds: [safetyPlan], note: `Disclosed abuse ${marker}` })
})

describe('a person’s pathways page', () => {
  it('shows a man his seven pathways with their plan objectives, and audits the view', async () => {
    const page = await getOffenderPathways(w.actors.officer, w.people.mine.id)
    expect(page.pathways.map((p) => p.pathway)).toHaveLength(7)
    expect(page.pathways.some((p) => p.pathway.startsWith('WOMEN_'))).toBe(false)
    expect(page.canUpdate).toBe(true)
    expect(entry(page.pathways, 'ACCOMMODATION')).toMatchObject({ hidden: false, version: 0, need: null, objectives: [expect.objectContaining({ objective: 'Secure a tenancy before the licence ends' })] })
    expect(await prisma.auditEvent.count({ where: { action: 'pathway.view', offenderId: w.people.mine.id, actorUserId: w.staff.officer.id } })).toBe(1)
  })

  it('shows a woman all nine, her restricted pathway in full to her offender manager and the senior', async () => {
    for (const actor of [w.actors.officer, w.actors.senior]) {
      const page = await getOffenderPathways(actor, womanId)
      expect(page.pathways).toHaveLength(9)
      const abuse = entry(page.pathways, 'WOMEN_DOMESTIC_ABUSE')
      expect(abuse).toMatchObject({ hidden: false, restricted: true, need: 'HIGH', needs: [expect.objectContaining({ id: safetyPlan })] })
      expect(JSON.stringify(abuse)).toContain(marker)
      expect(entry(page.pathways, 'WOMEN_PROSTITUTION')).toMatchObject({ hidden: false, restricted: true, version: 0 })
    }
  })

  it('tells other readers only that a restricted pathway exists: no need, note, objective or history reaches them', async () => {
    for (const actor of [w.actors.colleague, w.actors.police]) {
      const page = await getOffenderPathways(actor, womanId)
      expect(page.canUpdate).toBe(false)
      expect(entry(page.pathways, 'WOMEN_DOMESTIC_ABUSE')).toEqual({ pathway: 'WOMEN_DOMESTIC_ABUSE', hidden: true })
      expect(entry(page.pathways, 'WOMEN_PROSTITUTION')).toEqual({ pathway: 'WOMEN_PROSTITUTION', hidden: true })
      expect(JSON.stringify(page)).not.toContain(marker)
      expect(entry(page.pathways, 'HEALTH')).toMatchObject({ hidden: false })
    }
  })

  it('answers NOT_FOUND out of scope, for excluded people and for bad ids; FORBIDDEN without case access', async () => {
    await expect(getOffenderPathways(w.actors.northOfficer, womanId)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getOffenderPathways(w.actors.officer, w.people.excluded.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getOffenderPathways(w.actors.officer, 'not-a-uuid')).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getOffenderPathways(w.actors.admin, womanId)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect(await prisma.auditEvent.count({ where: { action: 'pathway.view', offenderId: w.people.excluded.id } })).toBe(0)
  })
})

describe('lifting and reapplying the restriction', () => {
  it('is the offender manager’s to decide, audited; colleagues then read the pathway, until it is reapplied', async () => {
    const input = { offenderId: womanId, pathway: 'WOMEN_DOMESTIC_ABUSE', restricted: 'false' }
    await expect(setPathwayRestriction(w.actors.colleague, { ...input, version: await versionOf('WOMEN_DOMESTIC_ABUSE') })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(setPathwayRestriction(w.actors.police, { ...input, version: await versionOf('WOMEN_DOMESTIC_ABUSE') })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(setPathwayRestriction(w.actors.northOfficer, { ...input, version: await versionOf('WOMEN_DOMESTIC_ABUSE') })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(setPathwayRestriction(w.actors.officer, { ...input, version: 99 })).rejects.toMatchObject({ code: 'CONFLICT' })
    await expect(setPathwayRestriction(w.actors.officer, { ...input, restricted: 'maybe', version: 1 })).rejects.toMatchObject({ name: 'ZodError' })
    await expect(setPathwayRestriction(w.actors.officer, { ...input, offenderId: w.people.mine.id, version: 0 })).rejects.toMatchObject({ fieldErrors: { pathway: ['pathwayWomenOnly'] } })

    const { id } = await setPathwayRestriction(w.actors.officer, { ...input, version: await versionOf('WOMEN_DOMESTIC_ABUSE') })
    const lifted = entry((await getOffenderPathways(w.actors.colleague, womanId)).pathways, 'WOMEN_DOMESTIC_ABUSE')
    expect(lifted).toMatchObject({ hidden: false, restricted: false, need: 'HIGH' })

    await setPathwayRestriction(w.actors.officer, { ...input, restricted: 'true', version: await versionOf('WOMEN_DOMESTIC_ABUSE') })
    expect(entry((await getOffenderPathways(w.actors.colleague, womanId)).pathways, 'WOMEN_DOMESTIC_ABUSE')).toEqual({ pathway: 'WOMEN_DOMESTIC_ABUSE', hidden: true })
    const actions = (await prisma.auditEvent.findMany({ where: { subjectId: id, action: { in: ['pathway.restrict', 'pathway.unrestrict'] } }, orderBy: { id: 'asc' } })).map((a) => a.action)
    expect(actions).toEqual(['pathway.unrestrict', 'pathway.restrict'])
  })

  it('can lift the restriction of a women’s pathway before its first update, creating it open', async () => {
    await setPathwayRestriction(w.actors.officer, { offenderId: womanId, pathway: 'WOMEN_PROSTITUTION', version: 0, restricted: 'false' })
    expect(await prisma.pathwayAssessment.findFirstOrThrow({ where: { offenderId: womanId, pathway: 'WOMEN_PROSTITUTION' } })).toMatchObject({ restricted: false, status: 'NOT_STARTED', version: 1 })
    expect(entry((await getOffenderPathways(w.actors.colleague, womanId)).pathways, 'WOMEN_PROSTITUTION')).toMatchObject({ hidden: false, restricted: false })
  })
})
