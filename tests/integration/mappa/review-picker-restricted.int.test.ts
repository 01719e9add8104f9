import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { findReviewCandidates } from '../../../src/server/mappa/review-candidates'
import { searchOffenders } from '../../../src/server/offenders/search-offenders'
import { actorOf } from '../../support/actor'
import { buildWorld, type World } from '../../support/world'

// Issue 17 (h17f): the MAPPA "open a review" picker gave nothing for the exact CRN or PNC of a nominal the coordinator
// is excluded from, where the main person search gives one redacted row (ADR 0023, walk 25 O1). Every person picker
// follows the one rule: a name reveals nothing; an exact CRN or PNC gives one redacted row, last, with no id, name,
// CRN or PNC, so it cannot be chosen.
let w: World
let hidden: { id: string; crn: string; pncId: string; firstName: string; lastName: string }

beforeAll(async () => {
  w = await buildWorld()
  const p = w.people.mappaCardiff
  hidden = { id: p.id, crn: p.crn, firstName: p.firstName, lastName: p.lastName, pncId: `2019/0${p.crn.slice(1)}Q` }
  await prisma.offender.update({ where: { id: p.id }, data: { pncId: hidden.pncId } })
  await prisma.mappaNominal.create({ data: { offenderId: p.id, category: 1, level: 2, area: 'SOUTH_WALES', leadAgencyId: w.nps.id, startDate: new Date('2025-01-01'), nextReviewDate: new Date('2027-01-01') } })
  await prisma.accessRestriction.create({ data: { offenderId: p.id, kind: 'EXCLUSION', userId: w.staff.mappa.id, reason: 'Relative of the coordinator' } })
})

const secrets = () => [hidden.id, hidden.crn, hidden.pncId, hidden.firstName, hidden.lastName]

describe('the MAPPA review picker and a nominal the coordinator is excluded from', () => {
  it.each([['CRN', () => hidden.crn], ['CRN in lower case', () => hidden.crn.toLowerCase()], ['PNC', () => hidden.pncId], ['short PNC', () => `19/${Number(hidden.crn.slice(1))}Q`]])(
    'by %s gives one redacted row, as the main search does, carrying nothing that identifies them',
    async (_how, q) => {
      const { rows } = await findReviewCandidates(w.actors.mappa, { q: q() })
      expect(rows).toEqual([{ restricted: true }])
      const main = await searchOffenders(w.actors.mappa, { q: q() })
      expect(main.rows).toEqual([{ restricted: true }])
      const text = JSON.stringify(rows)
      for (const secret of secrets()) expect(text).not.toContain(secret)
    },
  )

  it.each([['surname', () => hidden.lastName], ['first and last name', () => `${hidden.firstName} ${hidden.lastName}`], ['a fragment', () => hidden.lastName.slice(0, 6)]])(
    'by %s gives nothing of them, no row',
    async (_how, q) => {
      const { rows } = await findReviewCandidates(w.actors.mappa, { q: q() })
      expect(rows.some((r) => r.restricted)).toBe(false)
      expect(JSON.stringify(rows)).not.toContain(hidden.id)
    },
  )

  it('still lists the nominal in full to a coordinator of the area who is not excluded', async () => {
    const other = await prisma.user.create({ data: { email: `mappa2-${w.tag}@llwybr.test`, name: 'Second coordinator', roles: ['MAPPA_COORDINATOR'], agencyId: w.nps.id, teamId: w.teamB.id } })
    const { rows } = await findReviewCandidates(await actorOf(other), { q: hidden.pncId })
    expect(rows).toEqual([expect.objectContaining({ restricted: false, id: hidden.id, crn: hidden.crn })])
  })
})
