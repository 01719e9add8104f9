import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { searchOffenders, searchOffendersByGeneralPath } from '../../../src/server/offenders/search-offenders'
import { createOffender } from '../../factories'
import { buildWorld, type World } from '../../support/world'

// Walk 25 O1 (issue 17, h17c item 3): domain.md says a reader kept from a Limited Access person gets "access
// restricted" in place of the name in every list, search and count. A CRN search gave one redacted row while a name
// or PNC search gave nothing, so the answer depended on which field was searched. Every search now gives a match the
// reader may not see as one redacted row carrying nothing identifying, after the people they may see, whichever
// field matched; the one-query path and the general path alike.
let w: World
let hidden: { id: string; crn: string; pncId: string; firstName: string; lastName: string }
let shown: { id: string }
let surname: string

beforeAll(async () => {
  w = await buildWorld()
  surname = `Rowlandsx${w.tag}`.replace(/[^A-Za-z]/g, '')
  const inCaseload = { responsibleAgencyId: w.nps.id, offenderManagerId: w.staff.officer.id, teamId: w.teamA.id, lduId: w.cardiff.id, lastName: surname }
  const person = await createOffender(prisma, { ...inCaseload, firstName: 'Ieuan' })
  hidden = { ...person, pncId: '2021/0700110E' }
  await prisma.offender.update({ where: { id: person.id }, data: { pncId: hidden.pncId } })
  await prisma.accessRestriction.create({ data: { offenderId: person.id, kind: 'EXCLUSION', userId: w.staff.officer.id, reason: 'Neighbour' } })
  shown = await createOffender(prisma, { ...inCaseload, firstName: 'Aled' })
})

const secrets = () => [hidden.id, hidden.crn, hidden.pncId, hidden.firstName, '0700110']

describe.each([['one query', searchOffenders], ['general path', searchOffendersByGeneralPath]] as const)('a search by %s', (_path, search) => {
  it.each([['CRN', () => hidden.crn], ['PNC', () => hidden.pncId], ['short PNC', () => '21/700110E'], ['first and last name', () => `Ieuan ${surname}`]])(
    'by %s finds the hidden person as one redacted row, last, and nothing identifying',
    async (_field, q) => {
      const result = await search(w.actors.officer, { q: q() })
      // A name also finds people it resembles (the visible Aled): the redacted row comes after them.
      expect(result.rows.filter((r) => r.restricted)).toEqual([{ restricted: true }])
      expect(result.rows.at(-1)).toEqual({ restricted: true })
      expect(result.total).toBe(result.rows.length)
      const text = JSON.stringify(result.rows) + JSON.stringify({ firstId: result.firstId ?? null, lastId: result.lastId ?? null })
      for (const secret of secrets()) expect(text).not.toContain(secret)
    },
  )

  it('by a surname both share lists the visible person first, then the redacted row in the same place as any other field gives it', async () => {
    const result = await search(w.actors.officer, { q: surname })
    expect(result.rows.map((r) => (r.restricted ? 'restricted' : r.id))).toEqual([shown.id, 'restricted'])
    expect(result.total).toBe(2)
    expect(result.rows[1]).toEqual({ restricted: true })
  })
})
