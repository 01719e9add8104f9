import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { ZodError } from 'zod'
import { prisma } from '../../../src/server/db'
import { geography } from '../../../src/server/outcomes/area-levels'
import { changeLduOfAuthority, createLdu, findLduMapping, removeLdu, renameLdu } from '../../../src/server/ldu-mapping/ldu-mapping'
import { buildWorld, type World } from '../../support/world'

// Issue 14: the outcome breakdowns by LDU and local authority rest on which LDU each authority is part of; the
// administrators keep that reference data, and the LDUs themselves.
let w: World
let conwy: { id: string }
let northLdus: { west: { id: string }; east: { id: string } }
let southLdu: { id: string }
beforeAll(async () => {
  w = await buildWorld()
  const ldu = (name: string, region: 'NORTH_WALES' | 'SOUTH_WALES') => prisma.area.create({ data: { code: `${name}-${w.tag}`.toUpperCase(), name: `${name} ${w.tag}`, region, agencyId: w.nps.id } })
  northLdus = { west: await ldu('NW-WEST', 'NORTH_WALES'), east: await ldu('NW-EAST', 'NORTH_WALES') }
  southLdu = await ldu('SW', 'SOUTH_WALES')
  conwy = await prisma.localAuthority.create({ data: { code: `CONWY-${w.tag}`.slice(0, 20), name: `Conwy ${w.tag}`, nameCy: `Conwy ${w.tag}`, region: 'NORTH_WALES', lduId: northLdus.west.id } })
})
const lduOf = async (id: string) => (await prisma.localAuthority.findUniqueOrThrow({ where: { id } })).lduId

describe('the LDU a local authority is part of', () => {
  it('is changed by an administrator, audited with before and after, and read by the outcome figures’ geography', async () => {
    const mapping = await findLduMapping(w.actors.admin)
    expect(mapping.authorities.find((a) => a.id === conwy.id)).toMatchObject({ lduId: northLdus.west.id, region: 'NORTH_WALES' })
    expect(mapping.ldus.map((l) => l.id)).toEqual(expect.arrayContaining([northLdus.west.id, northLdus.east.id]))
    await changeLduOfAuthority(w.actors.admin, { localAuthorityId: conwy.id, lduId: northLdus.east.id, seenLduId: northLdus.west.id })
    expect(await lduOf(conwy.id)).toBe(northLdus.east.id)
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'ldu.mapping.update', subjectId: conwy.id }, orderBy: { id: 'desc' } })
    expect(audit).toMatchObject({ actorUserId: w.actors.admin.userId, subjectType: 'LocalAuthority', detail: { before: { lduId: northLdus.west.id }, after: { lduId: northLdus.east.id } } })
    // The figures' area levels (an LDU is the sum of its authorities, ADR 0019) read the new mapping at their next computation.
    expect((await geography()).lduOf.get(conwy.id)).toBe(northLdus.east.id)
  })

  it('refuses an LDU of another force area, an unknown LDU, a blank one and a stale form, saving nothing', async () => {
    const seen = await lduOf(conwy.id)
    const audits = await prisma.auditEvent.count({ where: { action: 'ldu.mapping.update', subjectId: conwy.id } })
    await expect(changeLduOfAuthority(w.actors.admin, { localAuthorityId: conwy.id, lduId: southLdu.id, seenLduId: seen })).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { lduId: ['lduOtherRegion'] } })
    await expect(changeLduOfAuthority(w.actors.admin, { localAuthorityId: conwy.id, lduId: randomUUID(), seenLduId: seen })).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { lduId: ['chooseOption'] } })
    // A team is not an LDU, though it has an id like one.
    await expect(changeLduOfAuthority(w.actors.admin, { localAuthorityId: conwy.id, lduId: w.teamA.id, seenLduId: seen })).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { lduId: ['chooseOption'] } })
    await expect(changeLduOfAuthority(w.actors.admin, { localAuthorityId: conwy.id, lduId: '', seenLduId: seen })).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ['lduId'], message: 'chooseOption' })] })
    // Someone else changed it since this form was shown (it showed the west LDU).
    const other = seen === northLdus.west.id ? northLdus.east.id : northLdus.west.id
    await expect(changeLduOfAuthority(w.actors.admin, { localAuthorityId: conwy.id, lduId: other, seenLduId: other })).rejects.toMatchObject({ code: 'CONFLICT' })
    await expect(changeLduOfAuthority(w.actors.admin, { localAuthorityId: randomUUID(), lduId: other, seenLduId: '' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    // The LDU it is already in is nothing to save (walk 56 N1: "saved" and audited for no change).
    await expect(changeLduOfAuthority(w.actors.admin, { localAuthorityId: conwy.id, lduId: seen, seenLduId: seen })).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { _form: ['nothingChanged'] } })
    await expect(changeLduOfAuthority(w.actors.admin, { localAuthorityId: conwy.id, lduId: seen!.toUpperCase(), seenLduId: seen })).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { _form: ['nothingChanged'] } })
    expect(await lduOf(conwy.id)).toBe(seen)
    expect(await prisma.auditEvent.count({ where: { action: 'ldu.mapping.update', subjectId: conwy.id } })).toBe(audits)
  })

  it('is the administrator’s alone: every other role is refused, reading or changing', async () => {
    const seen = await lduOf(conwy.id)
    const { admin: _admin, ...others } = w.actors
    for (const [who, actor] of Object.entries(others)) {
      await expect(findLduMapping(actor), who).rejects.toMatchObject({ code: 'FORBIDDEN' })
      await expect(changeLduOfAuthority(actor, { localAuthorityId: conwy.id, lduId: northLdus.west.id, seenLduId: seen }), who).rejects.toMatchObject({ code: 'FORBIDDEN' })
      await expect(renameLdu(actor, { lduId: northLdus.west.id, name: 'X', seenName: 'X' }), who).rejects.toMatchObject({ code: 'FORBIDDEN' })
      await expect(createLdu(actor, { code: 'NEW-LDU', name: 'X', region: 'GWENT', agencyId: w.nps.id }), who).rejects.toMatchObject({ code: 'FORBIDDEN' })
      await expect(removeLdu(actor, { lduId: southLdu.id, seenName: `SW ${w.tag}` }), who).rejects.toMatchObject({ code: 'FORBIDDEN' })
    }
    expect(await lduOf(conwy.id)).toBe(seen)
  })
})

describe('LDUs', () => {
  it('are added by an administrator, of a probation provider, under a code of their own, audited', async () => {
    const code = `gw-${randomUUID().slice(0, 6)}`
    const { id } = await createLdu(w.actors.admin, { code, name: 'Gwent East', nameCy: 'Dwyrain Gwent', region: 'GWENT', agencyId: w.nps.id })
    expect(await prisma.area.findUniqueOrThrow({ where: { id } })).toMatchObject({ code: code.toUpperCase(), name: 'Gwent East', nameCy: 'Dwyrain Gwent', region: 'GWENT', kind: 'LDU', agencyId: w.nps.id })
    expect(await prisma.auditEvent.count({ where: { action: 'ldu.create', subjectId: id, actorUserId: w.actors.admin.userId } })).toBe(1)
    await expect(createLdu(w.actors.admin, { code, name: 'Again', region: 'GWENT', agencyId: w.nps.id })).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { code: ['lduCodeTaken'] } })
    // The police force is not a probation provider.
    await expect(createLdu(w.actors.admin, { code: `${code}-2`, name: 'Police LDU', region: 'GWENT', agencyId: w.police.id })).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { agencyId: ['chooseOption'] } })
    await expect(createLdu(w.actors.admin, { code: 'bad code!', name: '', region: 'MERCIA', agencyId: 'x' })).rejects.toBeInstanceOf(ZodError)
    expect(await prisma.area.count({ where: { code: { startsWith: code.toUpperCase() } } })).toBe(1)
  })

  it('are renamed in English and Welsh, audited with before and after; a stale form is refused', async () => {
    const ldu = await prisma.area.findUniqueOrThrow({ where: { id: northLdus.west.id } })
    await renameLdu(w.actors.admin, { lduId: ldu.id, name: 'Conwy and Denbighshire', nameCy: 'Conwy a Sir Ddinbych', seenName: ldu.name, seenNameCy: '' })
    expect(await prisma.area.findUniqueOrThrow({ where: { id: ldu.id } })).toMatchObject({ name: 'Conwy and Denbighshire', nameCy: 'Conwy a Sir Ddinbych' })
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'ldu.rename', subjectId: ldu.id } })
    expect(audit.detail).toEqual({ before: { name: ldu.name, nameCy: null }, after: { name: 'Conwy and Denbighshire', nameCy: 'Conwy a Sir Ddinbych' } })
    await expect(renameLdu(w.actors.admin, { lduId: ldu.id, name: 'Other', seenName: ldu.name })).rejects.toMatchObject({ code: 'CONFLICT' })
    // The names it has are nothing to save; the names it had are a stale form.
    const same = { lduId: ldu.id, name: 'Conwy and Denbighshire', nameCy: 'Conwy a Sir Ddinbych', seenName: 'Conwy and Denbighshire', seenNameCy: 'Conwy a Sir Ddinbych' }
    await expect(renameLdu(w.actors.admin, same)).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { _form: ['nothingChanged'] } })
    await expect(renameLdu(w.actors.admin, { lduId: ldu.id, name: ldu.name, seenName: ldu.name })).rejects.toMatchObject({ code: 'CONFLICT' })
    expect(await prisma.auditEvent.count({ where: { action: 'ldu.rename', subjectId: ldu.id } })).toBe(1)
    await expect(renameLdu(w.actors.admin, { lduId: ldu.id, name: '  ', seenName: 'Conwy and Denbighshire', seenNameCy: 'Conwy a Sir Ddinbych' })).rejects.toBeInstanceOf(ZodError)
    await expect(renameLdu(w.actors.admin, { lduId: randomUUID(), name: 'Other', seenName: 'Other' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await prisma.area.findUniqueOrThrow({ where: { id: ldu.id } })).toMatchObject({ name: 'Conwy and Denbighshire' })
  })

  it('never share a name, in English or Welsh, whatever the case, even when added at once; a code is letters and digits between hyphens (walk 28 D2, break 28 D3)', async () => {
    const tag = randomUUID().slice(0, 6)
    const base = { region: 'GWENT' as const, agencyId: w.nps.id }
    const first = await createLdu(w.actors.admin, { ...base, code: `n1-${tag}`, name: `Gwent ${tag}`, nameCy: `Gwent Gymraeg ${tag}` })
    await expect(createLdu(w.actors.admin, { ...base, code: `n2-${tag}`, name: `GWENT ${tag}` })).rejects.toMatchObject({ fieldErrors: { name: ['lduNameTaken'] } })
    await expect(createLdu(w.actors.admin, { ...base, code: `n3-${tag}`, name: `Other ${tag}`, nameCy: `gwent gymraeg ${tag}` })).rejects.toMatchObject({ fieldErrors: { nameCy: ['lduNameTaken'] } })
    const second = await createLdu(w.actors.admin, { ...base, code: `n4-${tag}`, name: `Second ${tag}` })
    await expect(renameLdu(w.actors.admin, { lduId: second.id, name: `Gwent ${tag}`, seenName: `Second ${tag}` })).rejects.toMatchObject({ fieldErrors: { name: ['lduNameTaken'] } })
    // Renaming an LDU to its own name in another case is no clash with itself.
    await renameLdu(w.actors.admin, { lduId: first.id, name: `GWENT ${tag}`, nameCy: `Gwent Gymraeg ${tag}`, seenName: `Gwent ${tag}`, seenNameCy: `Gwent Gymraeg ${tag}` })
    for (const code of ['--', '-AB', 'AB-', 'A--B']) await expect(createLdu(w.actors.admin, { ...base, code, name: `Code ${code} ${tag}` })).rejects.toBeInstanceOf(ZodError)
    const raced = await Promise.allSettled([1, 2, 3, 4].map((n) => createLdu(w.actors.admin, { ...base, code: `r${n}-${tag}`, name: `Raced ${tag}` })))
    expect(raced.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    for (const r of raced) if (r.status === 'rejected') expect(r.reason).toMatchObject({ fieldErrors: { name: ['lduNameTaken'] } })
    expect(await prisma.area.count({ where: { kind: 'LDU', name: { contains: tag, mode: 'insensitive' }, NOT: { name: { startsWith: 'Code' } } } })).toBe(3)
  })
})

describe('removing an LDU (walk 28: a second "Gwent" added in error could not be taken away)', () => {
  const add = (tag: string) => createLdu(w.actors.admin, { code: `rm-${tag}`, name: `Removable ${tag}`, nameCy: `Symudadwy ${tag}`, region: 'GWENT', agencyId: w.nps.id })

  it('takes away an LDU nothing uses, audited with what it was; a stale form or an unknown LDU is refused', async () => {
    const tag = randomUUID().slice(0, 6)
    const { id } = await add(tag)
    await expect(removeLdu(w.actors.admin, { lduId: id, seenName: 'Another name' })).rejects.toMatchObject({ code: 'CONFLICT' })
    await removeLdu(w.actors.admin, { lduId: id, seenName: `Removable ${tag}` })
    expect(await prisma.area.count({ where: { id } })).toBe(0)
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'ldu.remove', subjectId: id } })
    expect(audit).toMatchObject({ actorUserId: w.actors.admin.userId, subjectType: 'Area', detail: { code: `RM-${tag}`.toUpperCase(), name: `Removable ${tag}`, nameCy: `Symudadwy ${tag}`, region: 'GWENT', agencyId: w.nps.id } })
    await expect(removeLdu(w.actors.admin, { lduId: id, seenName: `Removable ${tag}` })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    // A team's area is not an LDU, though it has an id like one.
    await expect(removeLdu(w.actors.admin, { lduId: w.teamA.id, seenName: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(removeLdu(w.actors.admin, { lduId: 'not-an-id', seenName: 'x' })).rejects.toBeInstanceOf(ZodError)
  })

  it('refuses an LDU still in use, naming every use at once and the LDU, and removes nothing', async () => {
    const tag = randomUUID().slice(0, 6)
    const { id } = await add(tag)
    const authority = await prisma.localAuthority.create({ data: { code: `LA-${tag}`, name: `Authority ${tag}`, region: 'GWENT', lduId: id } })
    await prisma.team.create({ data: { code: `T-${tag}`, name: `Team ${tag}`, agencyId: w.nps.id, areaId: id } })
    await prisma.offenderAllocation.create({ data: { offenderId: w.people.mine.id, agencyId: w.nps.id, lduId: id, reason: 'History', endedAt: new Date() } })
    const refusal = removeLdu(w.actors.admin, { lduId: id, seenName: `Removable ${tag}` })
    await expect(refusal).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { _form: ['lduRemoveAuthorities', 'lduRemoveTeams', 'lduRemoveHistory'] }, details: { messageNames: { ldu: { en: `Removable ${tag}`, cy: `Symudadwy ${tag}` } } } })
    expect(await prisma.area.count({ where: { id } })).toBe(1)
    expect(await prisma.auditEvent.count({ where: { action: 'ldu.remove', subjectId: id } })).toBe(0)
    // People in it are named too.
    await prisma.localAuthority.delete({ where: { id: authority.id } })
    await prisma.offender.update({ where: { id: w.people.north.id }, data: { lduId: id } })
    await expect(removeLdu(w.actors.admin, { lduId: id, seenName: `Removable ${tag}` })).rejects.toMatchObject({ fieldErrors: { _form: ['lduRemoveTeams', 'lduRemovePeople', 'lduRemoveHistory'] } })
  })

  it('is refused for an LDU the outcome figures still break down by', async () => {
    const tag = randomUUID().slice(0, 6)
    const { id } = await add(tag)
    // The facts table is shared by this worker's files: the planted fact goes whatever the outcome.
    await prisma.outcomeFact.create({ data: { indicator: 'appointments', offenderId: w.people.mine.id, day: new Date('2026-01-05'), lduId: id, groups: [], flags: [], amounts: [] } })
    try {
      await expect(removeLdu(w.actors.admin, { lduId: id, seenName: `Removable ${tag}` })).rejects.toMatchObject({ fieldErrors: { _form: ['lduRemoveHistory'] } })
    } finally {
      await prisma.outcomeFact.deleteMany({ where: { lduId: id } })
    }
    await removeLdu(w.actors.admin, { lduId: id, seenName: `Removable ${tag}` })
    expect(await prisma.area.count({ where: { id } })).toBe(0)
  })
})
