import { beforeAll, describe, expect, it } from 'vitest'
import { findAuditEvents } from '../../../src/server/audit/find-audit-events'
import { findOffenderAudit } from '../../../src/server/audit/find-offender-audit'
import { prisma } from '../../../src/server/db'
import { getOffender } from '../../../src/server/offenders/get-offender'
import { getRecordPage } from '../../../src/server/offenders/record-page'
import type { Actor } from '../../../src/server/policy'
import { buildWorld, type World } from '../../support/world'

// Issue 15 item 11: "who has looked at this record", one row per view, and who may read it (ADR 0010).
let w: World
beforeAll(async () => {
  w = await buildWorld()
})

/** What the record page (src/app/(app)/offenders/[id]/page.tsx) reads for one load. */
const loadRecordPage = (actor: Actor, id: string) => getRecordPage(actor, id)

describe('one row per view', () => {
  it('writes exactly one audit row for one load of the record page', async () => {
    const offenderId = w.people.colleagues.id
    await loadRecordPage(w.actors.colleague, offenderId)
    expect(await prisma.auditEvent.count({ where: { offenderId, actorUserId: w.staff.colleague.id } })).toBe(1)
  })
})

describe('who may read the record access log', () => {
  const read = (actor: Actor, offenderId: string) => findOffenderAudit(actor, { offenderId })

  it('lets the offender manager and the team’s seniors read it', async () => {
    await expect(read(w.actors.officer, w.people.mine.id)).resolves.toMatchObject({ offender: { id: w.people.mine.id } })
    await expect(read(w.actors.senior, w.people.colleagues.id)).resolves.toMatchObject({ offender: { id: w.people.colleagues.id } })
    expect(await prisma.auditEvent.count({ where: { action: 'audit.view', actorUserId: w.staff.officer.id, offenderId: w.people.mine.id } })).toBe(1)
  })

  it('answers NOT_FOUND to a colleague who may read the record but does not manage it, and to other teams', async () => {
    await expect(read(w.actors.officer, w.people.colleagues.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(read(w.actors.otherTeamOfficer, w.people.mine.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(read(w.actors.senior, w.people.otherTeam.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(read(w.actors.officer, crypto.randomUUID())).rejects.toMatchObject({ code: 'NOT_FOUND' })
    // Limited access applies on top: a senior of the team who is not on the restriction list is refused too.
    await expect(read(w.actors.senior, w.people.restricted.id)).resolves.toBeTruthy()
    await expect(read(w.actors.otherSenior, w.people.restricted.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('is refused to roles outside the case’s management', async () => {
    for (const actor of [w.actors.mappa, w.actors.police, w.actors.admin, w.actors.manager]) {
      await expect(read(actor, w.people.mappaCardiff.id)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    }
  })

  it('offers the link only to those who may follow it', async () => {
    expect((await getOffender(w.actors.officer, w.people.mine.id)).canViewAudit).toBe(true)
    expect((await getOffender(w.actors.officer, w.people.colleagues.id)).canViewAudit).toBe(false)
    expect((await getOffender(w.actors.senior, w.people.colleagues.id)).canViewAudit).toBe(true)
  })
})

describe('the operator’s audit log', () => {
  it('filters by person (CRN) and by user', async () => {
    await getOffender(w.actors.officer, w.people.mine.id)
    await getOffender(w.actors.senior, w.people.mine.id)
    await getOffender(w.actors.officer, w.people.colleagues.id)
    const byPerson = await findAuditEvents(w.actors.admin, { crn: w.people.mine.crn.toLowerCase() })
    expect(byPerson.events.length).toBeGreaterThan(0)
    expect(byPerson.events.every((e) => e.offenderId === w.people.mine.id)).toBe(true)
    const both = await findAuditEvents(w.actors.admin, { crn: w.people.mine.crn, email: w.staff.officer.email })
    expect(both.events.every((e) => e.offenderId === w.people.mine.id && e.actor?.email === w.staff.officer.email)).toBe(true)
    expect(both.total).toBeLessThan(byPerson.total)
    expect((await findAuditEvents(w.actors.admin, { crn: 'Z999999' })).total).toBe(0)
    await expect(findAuditEvents(w.actors.admin, { crn: 'not-a-crn' })).rejects.toThrow()
  })

  it('takes the action prefix literally', async () => {
    expect((await findAuditEvents(w.actors.admin, { action: '_' })).total).toBe(0)
    expect((await findAuditEvents(w.actors.admin, { action: '%' })).total).toBe(0)
  })
})
