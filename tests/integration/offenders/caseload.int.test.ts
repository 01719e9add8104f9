import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { getSavedCaseloadView, saveCaseloadView } from '../../../src/server/offenders/caseload-view'
import { findCaseload } from '../../../src/server/offenders/find-caseload'
import { createContact, createOffender } from '../../factories'
import { buildWorld, type World } from '../../support/world'
import type { OffenderRow } from '../../../src/server/offenders/offender.select'
import { rowIds } from '../../support/row-ids'

let w: World
let unallocatedId: string
beforeAll(async () => {
  w = await buildWorld()
  await prisma.riskProfile.update({ where: { offenderId: w.people.mine.id }, data: { overallRosh: 'HIGH' } })
  await prisma.sentence.create({ data: { offenderId: w.people.mine.id, type: 'LICENCE', indexOffence: 'Robbery', startDate: new Date('2026-01-01'), expectedEndDate: new Date('2027-01-01') } })
  await createContact(prisma, { offenderId: w.people.colleagues.id, type: 'APPOINTMENT', occurredAt: new Date(Date.now() - 86_400_000), authorId: w.staff.colleague.id, authorAgencyId: w.nps.id })
  unallocatedId = (await createOffender(prisma, { responsibleAgencyId: w.nps.id, lduId: w.cardiff.id })).id
})

const ids = (r: { rows: OffenderRow[] }) => rowIds(r.rows)

describe('caseload filters', () => {
  it('filters by RoSH, sentence type and overdue items, and shows them on each row', async () => {
    expect(ids(await findCaseload(w.actors.officer, { view: 'team', rosh: 'HIGH' }))).toEqual([w.people.mine.id])
    const licence = await findCaseload(w.actors.officer, { view: 'team', sentenceType: 'LICENCE' })
    expect(licence.rows).toEqual([expect.objectContaining({ id: w.people.mine.id, sentence: { type: 'LICENCE', expectedEndDate: new Date('2027-01-01') } })])
    const overdue = await findCaseload(w.actors.officer, { view: 'team', overdue: 'yes' })
    expect(overdue.rows).toEqual([expect.objectContaining({ id: w.people.colleagues.id, overdueItems: 1 })])
  })

  it('gives seniors the LDU and its unallocated cases, and nobody else', async () => {
    const ldu = ids(await findCaseload(w.actors.senior, { view: 'ldu' }))
    expect(ldu).toEqual(expect.arrayContaining([w.people.mine.id, w.people.otherTeam.id, unallocatedId]))
    expect(ldu).not.toContain(w.people.north.id)
    expect(ids(await findCaseload(w.actors.senior, { view: 'unallocated' }))).toEqual([unallocatedId])
    await expect(findCaseload(w.actors.officer, { view: 'ldu' })).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })

  it('saves a default view per user, with an audit row, and rejects nonsense', async () => {
    expect(await getSavedCaseloadView(w.actors.officer)).toBeNull()
    await saveCaseloadView(w.actors.officer, { view: 'team', rosh: 'HIGH', sort: 'crn', dir: 'desc' })
    expect(await getSavedCaseloadView(w.actors.officer)).toMatchObject({ view: 'team', rosh: 'HIGH', sort: 'crn', dir: 'desc' })
    expect(await getSavedCaseloadView(w.actors.colleague)).toBeNull()
    await expect(saveCaseloadView(w.actors.officer, { view: 'everything' })).rejects.toThrow()
    expect(await prisma.auditEvent.count({ where: { action: 'caseload.saveView', actorUserId: w.staff.officer.id } })).toBe(1)
  })
})
