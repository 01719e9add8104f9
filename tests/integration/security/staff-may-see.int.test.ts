import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { AppError } from '../../../src/server/errors'
import { mayBeShown, refuseExcludedAssignee, refuseUnlistedAssignee } from '../../../src/server/limited-access/excluded-staff'
import { laoVisible } from '../../../src/server/policy'
import { buildWorld, type World } from '../../support/world'
import { fixtureCrn, nextFixtureNumber } from '../../support/unique'

// Review 66b S1 (issue 17): the staff a picker offers for a person, the staff a save accepts for them and the staff
// whose own reads show the person are one rule (policy's staffWhoMaySee / staffMaySee beside laoVisible). Asked of
// every member of staff of the world, for a person with both lists and one with an exclusion list only.
let w: World
beforeAll(async () => {
  w = await buildWorld()
})

const newPerson = async (name: string) =>
  prisma.offender.create({ data: { crn: fixtureCrn(await nextFixtureNumber(prisma)), firstName: name, lastName: `Sm${w.tag}`, dateOfBirth: new Date('1980-01-01'), sex: 'MALE', responsibleAgencyId: w.nps.id, offenderManagerId: w.staff.colleague.id, teamId: w.teamA.id, lduId: w.cardiff.id } })
const list = (offenderId: string, kind: 'EXCLUSION' | 'RESTRICTION', userIds: string[]) =>
  prisma.accessRestriction.createMany({ data: userIds.map((userId) => ({ offenderId, kind, userId, reason: 'Listed for the test' })) })

/** Per member of staff: offered by the picker, accepted by the saves' checks, shown by their own reads. */
async function answers(offenderId: string) {
  const picker = await mayBeShown(prisma, offenderId)
  return Promise.all(
    Object.entries(w.actors).map(async ([name, actor]) => {
      const offered = (await prisma.user.count({ where: { AND: [{ id: actor.userId }, picker] } })) > 0
      const accepted = await prisma.$transaction(async (tx) => {
        try {
          await refuseExcludedAssignee(tx, w.actors.senior, offenderId, actor.userId, 'userId')
          await refuseUnlistedAssignee(tx, offenderId, actor.userId, 'userId')
          return true
        } catch (e) {
          // Only the checks' refusal counts as "not accepted"; anything else is a broken check (review 67 T3).
          if (e instanceof AppError && e.code === 'VALIDATION') return false
          throw e
        }
      })
      const shown = (await prisma.offender.count({ where: { AND: [{ id: offenderId }, laoVisible(actor)] } })) > 0
      return { name, offered, accepted, shown }
    }),
  )
}

describe('who may be offered for, named on and shown a person', () => {
  it('agree for a person with a restriction list and an exclusion list', async () => {
    const person = await newPerson('BothLists')
    await list(person.id, 'RESTRICTION', [w.staff.colleague.id, w.staff.senior.id, w.staff.mappa.id, w.staff.officer.id])
    await list(person.id, 'EXCLUSION', [w.staff.officer.id])
    const rows = await answers(person.id)
    for (const r of rows) expect({ name: r.name, offered: r.offered, accepted: r.accepted }).toEqual({ name: r.name, offered: r.shown, accepted: r.shown })
    expect(rows.filter((r) => r.shown).map((r) => r.name).sort()).toEqual(['colleague', 'mappa', 'senior'])
  })

  it('agree for a person with an exclusion list only', async () => {
    const person = await newPerson('ExclusionOnly')
    await list(person.id, 'EXCLUSION', [w.staff.police.id])
    const rows = await answers(person.id)
    for (const r of rows) expect({ name: r.name, offered: r.offered, accepted: r.accepted }).toEqual({ name: r.name, offered: r.shown, accepted: r.shown })
    expect(rows.filter((r) => !r.shown).map((r) => r.name)).toEqual(['police'])
  })
})
