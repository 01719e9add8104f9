import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { ZodError } from 'zod'
import { prisma } from '../../../src/server/db'
import { loadActorForUser } from '../../../src/server/auth/load-actor'
import { createAgency, updateAgency } from '../../../src/server/agencies/save-agency'
import { findAgencies } from '../../../src/server/agencies/find-agencies'
import { buildWorld, type World } from '../../support/world'

let w: World
beforeAll(async () => {
  w = await buildWorld()
})
const code = () => `TS-${randomUUID().slice(0, 6).toUpperCase()}`

describe('agencies', () => {
  it('creates an agency with an audit row, and refuses a duplicate code', async () => {
    const c = code()
    const { id } = await createAgency(w.actors.admin, { code: c.toLowerCase(), name: 'Women’s Triage Cymru', nameCy: 'Brysbennu i Fenywod', kind: 'THIRD_SECTOR', region: '' })
    expect(await prisma.agency.findUniqueOrThrow({ where: { id } })).toMatchObject({ code: c, region: null })
    expect(await prisma.auditEvent.count({ where: { action: 'agency.create', subjectId: id } })).toBe(1)
    await expect(createAgency(w.actors.admin, { code: c, name: 'Again', kind: 'OTHER' })).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { code: ['codeTaken'] } })
  })

  it('rejects bad input and roles without the grant', async () => {
    const before = await prisma.agency.count()
    await expect(createAgency(w.actors.admin, { code: 'bad code!', name: '', kind: 'PIRATES' })).rejects.toBeInstanceOf(ZodError)
    await expect(createAgency(w.actors.officer, { code: code(), name: 'X', kind: 'OTHER' })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(findAgencies(w.actors.manager)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect(await prisma.agency.count()).toBe(before)
  })

  it('deactivating an agency refuses its users on their next request; a stale save is a CONFLICT', async () => {
    const fields = { name: w.police.name, nameCy: '', kind: 'POLICE', region: 'SOUTH_WALES' }
    await updateAgency(w.actors.admin, { agencyId: w.police.id, version: 1, ...fields })
    expect(await loadActorForUser(prisma, w.staff.police.id)).toBeNull()
    await expect(updateAgency(w.actors.admin, { agencyId: w.police.id, version: 1, ...fields, active: 'on' })).rejects.toMatchObject({ code: 'CONFLICT' })
  })
})
