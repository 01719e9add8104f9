import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { createOffender as createPerson } from '../../../src/server/offenders/create-offender'
import { searchOffenders } from '../../../src/server/offenders/search-offenders'
import { createOffender } from '../../factories'
import { letterTag, nextFixtureNumber } from '../../support/unique'
import { buildWorld, type World } from '../../support/world'
import { rowIdOf } from '../../support/row-ids'

// Issue 15 items 5, 6 and 7: literal input, names with or without diacritics, short PNC forms, closest first.
let w: World
let tag: string
const people: Record<string, string> = {}

beforeAll(async () => {
  w = await buildWorld()
  const n = await nextFixtureNumber(prisma)
  tag = letterTag(n)
  const inScope = (firstName: string, lastName: string, extra: Record<string, unknown> = {}) =>
    createOffender(prisma, { responsibleAgencyId: w.nps.id, teamId: w.teamA.id, lduId: w.cardiff.id, offenderManagerId: w.staff.officer.id, firstName, lastName, ...extra })
  people.wildcards = (await inScope('Percy', `Cent%_\\${tag}`)).id
  people.sianAccented = (await inScope('Siân', `Bevan${tag}`)).id
  people.sianPlain = (await inScope('Sian', `Morgan${tag}`)).id
  people.llyr = (await inScope('Llŷr', `Owen${tag}`)).id
  people.dwr = (await inScope('Dewi', `Ŵyn${tag}`)).id
  people.pnc = (await inScope('Carys', `Pnc${tag}`, { pncId: `2024/${String(n % 10_000_000).padStart(7, '0')}L` })).id
  people.zedExact = (await inScope('Gwyn', `Zed${tag}`)).id
  people.zedLonger = (await inScope('Gwyn', `Aazed${tag}`)).id
})

const ids = async (q: string) => (await searchOffenders(w.actors.officer, { q })).rows.map(rowIdOf)

describe('search input is literal (issue 15 item 5)', () => {
  it('finds nobody for wildcards no name contains', async () => {
    for (const q of ['__', '%%', '_%', '\\\\']) expect((await searchOffenders(w.actors.officer, { q })).total, q).toBe(0)
  })

  it('finds the one name that holds %, _ and \\ literally', async () => {
    expect(await ids('%_\\')).toEqual([people.wildcards])
  })
})

describe('names match with or without diacritics (issue 15 item 6)', () => {
  it('finds Siân for Sian and Sian for Siân', async () => {
    expect(await ids('Sian')).toEqual(expect.arrayContaining([people.sianAccented, people.sianPlain]))
    expect(await ids('Siân')).toEqual(expect.arrayContaining([people.sianAccented, people.sianPlain]))
  })

  it('folds the Welsh circumflex letters ŵ and ŷ both ways', async () => {
    expect(await ids('Llyr')).toContain(people.llyr)
    expect(await ids(`wyn${tag}`)).toContain(people.dwr)
    expect(await ids(`Dewi Ŵyn${tag}`)).toContain(people.dwr)
  })

  it('warns of a likely duplicate whatever the accents', async () => {
    const dateOfBirth = '1972-03-14'
    await createOffender(prisma, { responsibleAgencyId: w.nps.id, teamId: w.teamA.id, firstName: 'Siân', lastName: 'Rhŷs', dateOfBirth: new Date(`${dateOfBirth}T00:00:00Z`) })
    const attempt = createPerson(w.actors.officer, { firstName: 'Sian', lastName: 'Rhys', dateOfBirth, sex: 'FEMALE', confirmedNotDuplicate: false, idempotencyKey: crypto.randomUUID() })
    await expect(attempt).rejects.toMatchObject({ code: 'CONFLICT' })
  })
})

describe('PNC forms and ranking (issue 15 item 7)', () => {
  it('finds the person by the short PNC forms', async () => {
    const pnc = (await prisma.offender.findUniqueOrThrow({ where: { id: people.pnc } })).pncId!
    const [year, rest] = pnc.split('/')
    for (const q of [pnc, `${year!.slice(2)}/${rest}`, `${year}${rest}`, `${year!.slice(2)}/${rest!.replace(/^0+/, '')}`]) expect(await ids(q), q).toEqual([people.pnc])
  })

  it('lists the closest name first, whatever the alphabet says', async () => {
    expect((await ids(`Zed${tag}`)).slice(0, 2)).toEqual([people.zedExact, people.zedLonger])
  })
})
