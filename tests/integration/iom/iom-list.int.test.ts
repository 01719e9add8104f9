import pg from 'pg'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { prisma } from '../../../src/server/db'
import { findIomList } from '../../../src/server/iom/iom-list'
import { buildWorld, type World } from '../../support/world'
import { cohort, dateOnly, select, sentence, setOgrs } from './support'

let w: World
let cohortId: string
const HOUR = 3_600_000

beforeAll(async () => {
  w = await buildWorld()
  cohortId = (await cohort(w)).id
  for (const p of [w.people.mine, w.people.colleagues, w.people.excluded]) {
    await sentence(p.id)
    await setOgrs(p.id, 99)
    // The officer is excluded from that person, so cannot be their probation lead (issue 17): their manager is.
    await select(w, w.actors.police, cohortId, p.id, p === w.people.excluded ? { probationLeadId: w.staff.colleague.id } : {})
  }
  const contact = (offenderId: string, authorId: string, authorAgencyId: string, hoursAgo: number, extra = {}) =>
    prisma.contact.create({ data: { offenderId, type: 'HOME_VISIT', occurredAt: new Date(Date.now() - hoursAgo * HOUR), notes: 'Visit.', authorId, authorAgencyId, ...extra } })
  const { mine } = w.people
  await contact(mine.id, w.staff.police.id, w.police.id, 5)
  await contact(mine.id, w.staff.police.id, w.police.id, 50)
  await contact(mine.id, w.staff.officer.id, w.nps.id, 30)
  // A future appointment and a cancelled one are not contact that happened.
  await contact(mine.id, w.staff.officer.id, w.nps.id, -48, { type: 'APPOINTMENT' })
  await contact(mine.id, w.staff.officer.id, w.nps.id, 2, { type: 'APPOINTMENT', cancelledAt: new Date(), cancelReason: 'Ill' })
  const intel = (recordedOn: Date, summary: string) => prisma.policeIntelligence.create({ data: { offenderId: mine.id, summary, grading: 'B2P', recordedOn, authorId: w.staff.police.id, authorAgencyId: w.police.id } })
  await intel(dateOnly(-2), 'INTEL-MARKER seen at the retail park')
  await intel(dateOnly(-10), 'INTEL-MARKER older')
  await intel(dateOnly(-45), 'INTEL-MARKER too old to count')
})

type Open = Exclude<Awaited<ReturnType<typeof findIomList>>[number], { limited: true }>
const rowOf = async (actor: World['actors'][keyof World['actors']], offenderId: string) =>
  (await findIomList(actor)).find((r): r is Open => !r.limited && r.offender.id === offenderId)

describe('the IOM list', () => {
  it('shows members with RAG, leads, the last contact by each side, the next review and the flags', async () => {
    const row = await rowOf(w.actors.officer, w.people.mine.id)
    expect(row).toMatchObject({ rag: 'AMBER', ragReason: 'Engaging but still using.', status: 'ACTIVE', policeLead: w.staff.police.name, probationLead: w.staff.officer.name, drugTesting: false, electronicMonitoring: false, review: { overdue: false } })
    expect(Date.now() - row!.lastPoliceContact!.getTime()).toBeCloseTo(5 * HOUR, -5)
    expect(Date.now() - row!.lastProbationContact!.getTime()).toBeCloseTo(30 * HOUR, -5)
    expect((await rowOf(w.actors.officer, w.people.colleagues.id))?.lastPoliceContact).toBeNull()
  })

  it('adds police intelligence of the last 30 days for police only', async () => {
    const police = await rowOf(w.actors.police, w.people.mine.id)
    expect(police && 'intelligence' in police && police.intelligence).toMatchObject({ count: 2, latest: { summary: 'INTEL-MARKER seen at the retail park', grading: 'B2P' } })
    const officerRows = await findIomList(w.actors.officer)
    expect(officerRows.some((r) => 'intelligence' in r)).toBe(false)
    expect(JSON.stringify(officerRows)).not.toContain('INTEL-MARKER')
    expect(JSON.stringify(await findIomList(w.actors.senior))).not.toContain('INTEL-MARKER')
  })

  it('shows a Limited Access Offender as a redacted row, and is audited per person shown', async () => {
    const rows = await findIomList(w.actors.officer)
    const redacted = rows.filter((r) => r.limited && r.cohort.id === cohortId)
    expect(redacted).toHaveLength(1)
    expect(JSON.stringify(redacted)).not.toContain(w.people.excluded.lastName)
    expect(await rowOf(w.actors.police, w.people.excluded.id)).toBeTruthy()
    const audited = await prisma.auditEvent.findMany({ where: { action: 'iom.list.view', actorUserId: w.staff.officer.id } })
    expect(audited.map((a) => a.offenderId)).toContain(w.people.mine.id)
    expect(audited.map((a) => a.offenderId)).not.toContain(w.people.excluded.id)
  })

  it('leaves out de-selected members and other force areas, and refuses roles without IOM', async () => {
    const member = await prisma.iomMember.findFirstOrThrow({ where: { cohortId, offenderId: w.people.colleagues.id } })
    await prisma.iomMember.update({ where: { id: member.id }, data: { status: 'DESELECTED' } })
    expect(await rowOf(w.actors.police, w.people.colleagues.id)).toBeUndefined()
    expect((await findIomList(w.actors.northOfficer)).some((r) => r.cohort.id === cohortId)).toBe(false)
    for (const actor of [w.actors.mappa, w.actors.admin, w.actors.volunteer]) await expect(findIomList(actor)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await prisma.iomMember.update({ where: { id: member.id }, data: { status: 'ACTIVE' } })
  })

  it('takes the same number of queries however many members there are', async () => {
    const spy = vi.spyOn(pg.Client.prototype, 'query')
    const queriesFor = async () => {
      spy.mockClear()
      await findIomList(w.actors.police)
      return spy.mock.calls.length
    }
    const before = await queriesFor()
    for (const p of [w.people.otherTeam, w.people.mappaCardiff]) {
      await sentence(p.id)
      await setOgrs(p.id, 99)
      await select(w, w.actors.police, cohortId, p.id)
    }
    expect(await queriesFor()).toBe(before)
    expect(before).toBeGreaterThan(0)
    spy.mockRestore()
  })
})
