import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { addAccessEntry } from '../../../src/server/limited-access/change-access-list'
import { getAccessLists } from '../../../src/server/limited-access/get-access-lists'
import { buildWorld, type World } from '../../support/world'
import { fixtureCrn, nextFixtureNumber } from '../../support/unique'

// Issue 17 (h17f item 3): on a person's record the senior adding to a Limited Access list was offered themselves and
// the person's offender manager. Excluding either makes no sense (the offender manager would lose their own case; a
// senior would lock themselves out), and a restriction list keeps both anyway (change-access-list.ts). They are not
// offered, and the server refuses them with a field message however the id is written or whatever happens at once.
let w: World
beforeAll(async () => {
  w = await buildWorld()
})

const newPerson = async (name: string) =>
  prisma.offender.create({ data: { crn: fixtureCrn(await nextFixtureNumber(prisma)), firstName: name, lastName: `Pick${w.tag}`, dateOfBirth: new Date('1980-01-01'), sex: 'MALE', responsibleAgencyId: w.nps.id, offenderManagerId: w.staff.colleague.id, teamId: w.teamA.id, lduId: w.cardiff.id } })
const exclusionOf = (offenderId: string, userId: string) => prisma.accessRestriction.findFirst({ where: { offenderId, kind: 'EXCLUSION', userId } })

describe('the Limited Access list picker', () => {
  it('offers neither the senior themselves nor the person’s offender manager, and still offers the rest of the team', async () => {
    const person = await newPerson('Picker')
    const offered = new Set((await getAccessLists(w.actors.senior, person.id))!.staff.map((s) => s.id))
    expect(offered.has(w.staff.senior.id)).toBe(false)
    expect(offered.has(w.staff.colleague.id)).toBe(false)
    expect(offered.has(w.staff.officer.id)).toBe(true)
  })

  it('is refused the offender manager and oneself with their field messages, even with the id in capitals, and writes nothing', async () => {
    const person = await newPerson('Capitals')
    const add = (userId: string) => addAccessEntry(w.actors.senior, { offenderId: person.id, kind: 'EXCLUSION', userId, reason: 'Test' })
    for (const write of [(id: string) => id, (id: string) => id.toUpperCase()]) {
      await expect(add(write(w.staff.colleague.id))).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { userId: ['accessExcludeManager'] } })
      await expect(add(write(w.staff.senior.id))).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { userId: ['accessExcludeSelf'] } })
    }
    expect(await prisma.accessRestriction.count({ where: { offenderId: person.id } })).toBe(0)
  })

  it('is refused an officer whom a reallocation at the same moment makes the offender manager', async () => {
    const person = await newPerson('Race')
    // The reallocation holds the person's row while the exclusion is asked for: the exclusion must wait for it and
    // then see the new offender manager, not the one it read before (checked-then-written: lockRow, style.md).
    let adding: Promise<unknown> | undefined
    let settled = false
    await prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "Offender" WHERE id = ${person.id}::uuid FOR NO KEY UPDATE`
      await tx.offender.update({ where: { id: person.id }, data: { offenderManagerId: w.staff.officer.id, version: { increment: 1 } } })
      adding = addAccessEntry(w.actors.senior, { offenderId: person.id, kind: 'EXCLUSION', userId: w.staff.officer.id, reason: 'Neighbour' })
      adding.then(() => (settled = true), () => (settled = true))
      // Until the exclusion has either finished (it did not wait) or is waiting on a lock (it does).
      for (;;) {
        const [row] = await prisma.$queryRaw<{ waiting: number }[]>`SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database() AND query ILIKE '%Offender%FOR NO KEY UPDATE%' AND pid <> pg_backend_pid()`
        if (settled || (row?.waiting ?? 0) > 0) break
        await new Promise((r) => setTimeout(r, 20))
      }
    }, { timeout: 30_000 })
    await expect(adding).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { userId: ['accessExcludeManager'] } })
    expect(await exclusionOf(person.id, w.staff.officer.id)).toBeNull()
  })
})
