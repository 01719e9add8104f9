import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { searchOffenders, searchOffendersByGeneralPath } from '../../../src/server/offenders/search-offenders'
import { createOffender } from '../../factories'
import { buildWorld, type World } from '../../support/world'

// Walk 25 O1 (issue 17): a CRN search gave one redacted row for a Limited Access person the reader may not see, a PNC
// search nothing. An exact identifier (CRN or PNC, typed by someone who already holds it) now gives the one redacted
// row; a name reveals nothing, no row and no count (security.md AC-5: "search and counts reveal nothing"; break 28 D2:
// a redacted row for a name let "El" be told from "Elf"). The one-query path and the general path alike.
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
  it.each([['CRN', () => hidden.crn], ['PNC', () => hidden.pncId], ['short PNC', () => '21/700110E']])('by %s finds the hidden person as one redacted row and nothing identifying', async (_field, q) => {
    const told = () => prisma.auditEvent.count({ where: { action: 'offender.searchMatch', offenderId: hidden.id, actorUserId: w.staff.officer.id } })
    const before = await told()
    const result = await search(w.actors.officer, { q: q() })
    expect(result.rows).toEqual([{ restricted: true }])
    expect(result.total).toBe(1)
    // The disclosure is on the person's "who looked" (walk 68 F7), as the duplicate check's is.
    expect(await told()).toBe(before + 1)
    const text = JSON.stringify(result.rows) + JSON.stringify({ firstId: result.firstId ?? null, lastId: result.lastId ?? null })
    for (const secret of secrets()) expect(text).not.toContain(secret)
  })

  it.each([['first and last name', () => `Ieuan ${surname}`], ['surname both share', () => surname], ['a fragment', () => 'Ieu']])('by %s shows only the visible people: no row and no count for the hidden one', async (_field, q) => {
    const result = await search(w.actors.officer, { q: q() })
    expect(result.rows.some((r) => r.restricted)).toBe(false)
    expect(result.rows.every((r) => r.restricted || r.id !== hidden.id)).toBe(true)
    expect(result.total).toBe(result.rows.length)
    if (q() === surname) expect(result.rows.map((r) => (r.restricted ? 'restricted' : r.id))).toEqual([shown.id])
  })
})
