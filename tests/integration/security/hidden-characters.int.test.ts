import './request-mocks'
import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { addAccessEntryAction } from '../../../src/server/limited-access/actions'
import { createOffender } from '../../factories'
import { buildWorld, type World } from '../../support/world'
import { formOf, signedIn } from './support'

// Break test 27, D4: text of only combining accents passed as a required value, and text with a hidden byte-order
// mark, tag characters, a line separator or a private-use character was saved. Through a real action, with the
// answers as catalogue keys (request-mocks), and nothing saved.
let w: World
beforeAll(async () => {
  w = await buildWorld()
})

describe('hidden characters in text, through the exclusion-list action', () => {
  const add = (offenderId: string, reason: string) => addAccessEntryAction(null, formOf({ offenderId, kind: 'EXCLUSION', userId: w.staff.colleague.id, reason }))
  const person = () => createOffender(prisma, { responsibleAgencyId: w.nps.id, offenderManagerId: w.staff.officer.id, teamId: w.teamA.id, lduId: w.cardiff.id })

  it.each([
    ['a byte-order mark', 'Knows\uFEFFthe family', 'unreadableCharacters'],
    ['tag characters', 'Knows the family\u{E0041}\u{E0042}', 'unreadableCharacters'],
    ['a line separator', 'Knows\u2028the family', 'unreadableCharacters'],
    ['a private-use character', 'Knows the \uE000family', 'unreadableCharacters'],
    ['only combining accents', '\u0301\u0302 \u0308', 'reasonRequired'],
  ])('refuses a reason with %s, saving nothing', async (_what, reason, key) => {
    signedIn.actor = w.actors.senior
    const p = await person()
    expect(await add(p.id, reason)).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { reason: [key] } })
    expect(await prisma.accessRestriction.count({ where: { offenderId: p.id } })).toBe(0)
  })

  it('saves decomposed Welsh, a family emoji and a Welsh flag as typed', async () => {
    signedIn.actor = w.actors.senior
    const p = await person()
    const reason = 'Cymydog i’r teulu yn Nhy\u0302 Ŵyn 👩‍👩‍👧 \u{1F3F4}\u{E0067}\u{E0062}\u{E0077}\u{E006C}\u{E0073}\u{E007F}'
    expect(await add(p.id, reason)).toMatchObject({ ok: true })
    expect(await prisma.accessRestriction.findFirstOrThrow({ where: { offenderId: p.id }, select: { reason: true } })).toEqual({ reason })
  })
})
