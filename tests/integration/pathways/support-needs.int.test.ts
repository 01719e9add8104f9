import { beforeAll, describe, expect, it } from 'vitest'
import type { ZodError } from 'zod'
import { prisma } from '../../../src/server/db'
import { createSupportNeed, setSupportNeedActive, updateSupportNeed } from '../../../src/server/pathways/save-support-need'
import { findSupportNeedCatalogue, supportNeedsFor } from '../../../src/server/pathways/support-needs'
import { issueKey } from '../../../src/server/validation-messages'
import { buildWorld, type World } from '../../support/world'

let w: World
let needId: string
const issues = (e: unknown) => Object.fromEntries((e as ZodError).issues.map((i) => [i.path.join('.'), issueKey(i).key]))
const auditOf = (action: string) => prisma.auditEvent.count({ where: { action, subjectId: needId, actorUserId: w.staff.admin.id } })

beforeAll(async () => {
  w = await buildWorld()
})

describe('the catalogue of support needs', () => {
  it('lets an administrator add a need in both languages, at the end of its pathway, audited', async () => {
    const label = `Needs CV support ${w.tag}`
    needId = (await createSupportNeed(w.actors.admin, { pathway: 'EDUCATION_TRAINING_EMPLOYMENT', label, labelCy: `Angen help gyda CV ${w.tag}` })).id
    const second = await createSupportNeed(w.actors.admin, { pathway: 'EDUCATION_TRAINING_EMPLOYMENT', label: `No qualifications ${w.tag}`, labelCy: `Dim cymwysterau ${w.tag}` })
    const [a, b] = await Promise.all([needId, second.id].map((id) => prisma.supportNeed.findUniqueOrThrow({ where: { id } })))
    expect(b!.sortOrder).toBeGreaterThan(a!.sortOrder)
    expect(await supportNeedsFor('EDUCATION_TRAINING_EMPLOYMENT')).toEqual(expect.arrayContaining([{ id: needId, label, labelCy: `Angen help gyda CV ${w.tag}` }]))
    const catalogue = await findSupportNeedCatalogue(w.actors.admin)
    expect(catalogue.map((g) => g.pathway)).toHaveLength(9)
    expect(catalogue.find((g) => g.pathway === 'EDUCATION_TRAINING_EMPLOYMENT')!.needs.map((n) => n.id)).toEqual(expect.arrayContaining([needId, second.id]))
    expect(await auditOf('supportNeed.create')).toBe(1)
  })

  it('refuses wording the pathway already has, in either language and any case, also from two at once (break 52 F14)', async () => {
    const need = { pathway: 'ACCOMMODATION', label: `Needs a deposit ${w.tag}`, labelCy: `Angen blaendal ${w.tag}` }
    const settled = await Promise.allSettled([createSupportNeed(w.actors.admin, need), createSupportNeed(w.actors.admin, need)])
    expect(settled.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    await expect(createSupportNeed(w.actors.admin, { ...need, label: need.label.toUpperCase(), labelCy: `Arall ${w.tag}` })).rejects.toMatchObject({ fieldErrors: { label: ['supportNeedExists'] } })
    await expect(createSupportNeed(w.actors.admin, { ...need, label: `Other ${w.tag}` })).rejects.toMatchObject({ fieldErrors: { labelCy: ['supportNeedExists'] } })
    expect(await prisma.supportNeed.count({ where: { label: { equals: need.label, mode: 'insensitive' } } })).toBe(1)
    // Another pathway may use the same words; a need renamed to another's wording is refused, to its own in other case is not.
    const other = await createSupportNeed(w.actors.admin, { ...need, pathway: 'HEALTH' })
    const second = await createSupportNeed(w.actors.admin, { ...need, label: `Needs rent in advance ${w.tag}`, labelCy: `Angen rhent ymlaen llaw ${w.tag}` })
    await expect(updateSupportNeed(w.actors.admin, { supportNeedId: second.id, version: '1', label: need.label, labelCy: `Arall eto ${w.tag}` })).rejects.toMatchObject({ fieldErrors: { label: ['supportNeedExists'] } })
    await updateSupportNeed(w.actors.admin, { supportNeedId: other.id, version: '1', label: need.label.toUpperCase(), labelCy: need.labelCy })
  })

  it('needs both labels and a pathway, and saves nothing otherwise', async () => {
    const before = await prisma.supportNeed.count()
    expect(issues(await createSupportNeed(w.actors.admin, { pathway: '', label: ' ', labelCy: '' }).catch((e: unknown) => e))).toEqual({ pathway: 'chooseOption', label: 'required', labelCy: 'required' })
    expect(issues(await createSupportNeed(w.actors.admin, { pathway: 'HEALTH', label: 'x'.repeat(201), labelCy: 'iawn' }).catch((e: unknown) => e))).toEqual({ label: 'tooLong' })
    expect(await prisma.supportNeed.count()).toBe(before)
  })

  it('is reference data for administrators only: case workers are refused', async () => {
    await expect(createSupportNeed(w.actors.officer, { pathway: 'HEALTH', label: 'a', labelCy: 'b' })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(updateSupportNeed(w.actors.senior, { supportNeedId: needId, version: 1, label: 'a', labelCy: 'b' })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(setSupportNeedActive(w.actors.police, { supportNeedId: needId, version: 1, active: 'false' })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(findSupportNeedCatalogue(w.actors.officer)).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })

  it('rewords a need at the version the administrator saw; a stale save conflicts, an unknown need is NOT_FOUND', async () => {
    await updateSupportNeed(w.actors.admin, { supportNeedId: needId, version: '1', label: `Needs help with a CV ${w.tag}`, labelCy: `Angen help i ysgrifennu CV ${w.tag}` })
    await expect(updateSupportNeed(w.actors.admin, { supportNeedId: needId, version: '1', label: 'stale', labelCy: 'hen' })).rejects.toMatchObject({ code: 'CONFLICT' })
    // The wording it has is nothing to save: no new version, no audit (the unchanged-save kind, break 56 F6).
    await expect(updateSupportNeed(w.actors.admin, { supportNeedId: needId, version: '2', label: `Needs help with a CV ${w.tag}`, labelCy: `Angen help i ysgrifennu CV ${w.tag}` })).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { _form: ['nothingChanged'] } })
    await expect(updateSupportNeed(w.actors.admin, { supportNeedId: '00000000-0000-4000-8000-000000000000', version: '1', label: 'a', labelCy: 'b' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await prisma.supportNeed.findUniqueOrThrow({ where: { id: needId } })).toMatchObject({ label: `Needs help with a CV ${w.tag}`, version: 2 })
    expect(await auditOf('supportNeed.update')).toBe(1)
  })

  it('withdraws a need from new choices and offers it again, audited', async () => {
    await setSupportNeedActive(w.actors.admin, { supportNeedId: needId, version: '2', active: 'false' })
    expect((await supportNeedsFor('EDUCATION_TRAINING_EMPLOYMENT')).map((n) => n.id)).not.toContain(needId)
    expect((await findSupportNeedCatalogue(w.actors.admin)).flatMap((g) => g.needs).find((n) => n.id === needId)).toMatchObject({ active: false })
    await expect(setSupportNeedActive(w.actors.admin, { supportNeedId: needId, version: '2', active: 'true' })).rejects.toMatchObject({ code: 'CONFLICT' })
    await setSupportNeedActive(w.actors.admin, { supportNeedId: needId, version: '3', active: 'true' })
    expect((await supportNeedsFor('EDUCATION_TRAINING_EMPLOYMENT')).map((n) => n.id)).toContain(needId)
    expect([await auditOf('supportNeed.deactivate'), await auditOf('supportNeed.reactivate')]).toEqual([1, 1])
  })
})
