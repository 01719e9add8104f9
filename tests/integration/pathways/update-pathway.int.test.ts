import { beforeAll, describe, expect, it } from 'vitest'
import type { ZodError } from 'zod'
import { prisma } from '../../../src/server/db'
import { updatePathway } from '../../../src/server/pathways/update-pathway'
import { issueKey } from '../../../src/server/validation-messages'
import { buildWorld, type World } from '../../support/world'

let w: World
let nfa: string
let tenancy: string
let withdrawn: string
let cvSupport: string
const issues = (e: unknown) => Object.fromEntries((e as ZodError).issues.map((i) => [i.path.join('.'), issueKey(i).key]))
const updatesOf = (offenderId: string) => prisma.pathwayUpdate.count({ where: { assessment: { offenderId } } })

beforeAll(async () => {
  w = await buildWorld()
  const need = (pathway: 'ACCOMMODATION' | 'EDUCATION_TRAINING_EMPLOYMENT', label: string, active = true) =>
    prisma.supportNeed.create({ data: { pathway, label: `${label} ${w.tag}`, labelCy: `${label} (cy) ${w.tag}`, active } }).then((n) => n.id)
  nfa = await need('ACCOMMODATION', 'No fixed abode on release')
  tenancy = await need('ACCOMMODATION', 'At risk of losing tenancy')
  withdrawn = await need('ACCOMMODATION', 'Withdrawn need', false)
  cvSupport = await need('EDUCATION_TRAINING_EMPLOYMENT', 'Needs CV support')
})

describe('recording a pathway update', () => {
  it('creates the assessment on the first update, keeps each update with its author’s agency, and audits it', async () => {
    const offenderId = w.people.mine.id
    const first = await updatePathway(w.actors.officer, { offenderId, pathway: 'ACCOMMODATION', version: '0', need: 'HIGH', status: 'SUPPORT_REQUIRED', needIds: nfa, note: 'Hostel for 28 nights only.' })
    const assessment = await prisma.pathwayAssessment.findUniqueOrThrow({ where: { id: first.id }, include: { updates: true } })
    expect(assessment).toMatchObject({ offenderId, pathway: 'ACCOMMODATION', need: 'HIGH', status: 'SUPPORT_REQUIRED', needIds: [nfa], restricted: false, version: 1 })
    expect(assessment.updates).toEqual([expect.objectContaining({ authorId: w.staff.officer.id, authorAgencyId: w.nps.id, note: 'Hostel for 28 nights only.', needIds: [nfa] })])

    await updatePathway(w.actors.officer, { offenderId, pathway: 'ACCOMMODATION', version: '1', need: 'MEDIUM', status: 'IN_PROGRESS', needIds: [nfa, tenancy], note: '' })
    expect(await prisma.pathwayAssessment.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ need: 'MEDIUM', status: 'IN_PROGRESS', version: 2 })
    expect(await prisma.pathwayUpdate.count({ where: { assessmentId: first.id } })).toBe(2)
    const audit = await prisma.auditEvent.findMany({ where: { action: 'pathway.update', subjectId: first.id } })
    expect(audit).toHaveLength(2)
    expect(audit[0]).toMatchObject({ actorUserId: w.staff.officer.id, subjectType: 'PathwayAssessment', offenderId })
  })

  it('refuses a stale save and a second “first” update as a conflict, saving nothing', async () => {
    const offenderId = w.people.mine.id
    const before = await updatesOf(offenderId)
    await expect(updatePathway(w.actors.officer, { offenderId, pathway: 'ACCOMMODATION', version: 1, need: 'LOW', status: 'MET' })).rejects.toMatchObject({ code: 'CONFLICT' })
    await expect(updatePathway(w.actors.officer, { offenderId, pathway: 'ACCOMMODATION', version: 0, need: 'LOW', status: 'MET' })).rejects.toMatchObject({ code: 'CONFLICT' })
    expect(await updatesOf(offenderId)).toBe(before)
  })

  it('lets a senior over the team update; refuses roles without the permission and read-only colleagues', async () => {
    const input = { offenderId: w.people.colleagues.id, pathway: 'HEALTH', version: 0, need: 'LOW', status: 'NOT_STARTED' }
    await expect(updatePathway(w.actors.police, input)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(updatePathway(w.actors.admin, input)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(updatePathway(w.actors.officer, input)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await updatePathway(w.actors.senior, input)
    expect(await updatesOf(w.people.colleagues.id)).toBe(1)
  })

  it('answers NOT_FOUND for people out of scope or excluded', async () => {
    const input = { pathway: 'HEALTH', version: 0, need: 'LOW', status: 'NOT_STARTED' }
    await expect(updatePathway(w.actors.northOfficer, { ...input, offenderId: w.people.mine.id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(updatePathway(w.actors.officer, { ...input, offenderId: w.people.excluded.id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(updatePathway(w.actors.officer, { ...input, offenderId: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await prisma.pathwayAssessment.count({ where: { offenderId: { in: [w.people.excluded.id] } } })).toBe(0)
  })

  it('refuses bad input field by field, writing nothing', async () => {
    const offenderId = w.people.mine.id
    const before = await updatesOf(offenderId)
    const base = { offenderId, pathway: 'EDUCATION_TRAINING_EMPLOYMENT', version: 0 }
    expect(issues(await updatePathway(w.actors.officer, { ...base, need: '', status: 'SUPPORT_DECLINED', note: '' }).catch((e: unknown) => e))).toEqual({ need: 'chooseOption', note: 'declineNoteRequired' })
    // Needs must be this pathway's, and active.
    await expect(updatePathway(w.actors.officer, { ...base, need: 'LOW', status: 'IN_PROGRESS', needIds: [cvSupport, nfa] })).rejects.toMatchObject({ fieldErrors: { needIds: ['chooseOption'] } })
    await expect(updatePathway(w.actors.officer, { ...base, pathway: 'ACCOMMODATION', version: 2, need: 'LOW', status: 'IN_PROGRESS', needIds: [withdrawn] })).rejects.toMatchObject({ fieldErrors: { needIds: ['chooseOption'] } })
    // The women's pathways are refused for anyone but a woman.
    await expect(updatePathway(w.actors.officer, { ...base, pathway: 'WOMEN_DOMESTIC_ABUSE', need: 'LOW', status: 'IN_PROGRESS' })).rejects.toMatchObject({ fieldErrors: { pathway: ['pathwayWomenOnly'] } })
    expect(await updatesOf(offenderId)).toBe(before)
    expect(await prisma.pathwayAssessment.count({ where: { offenderId, pathway: { in: ['EDUCATION_TRAINING_EMPLOYMENT', 'WOMEN_DOMESTIC_ABUSE'] } } })).toBe(0)
  })

  it('keeps a need withdrawn from the catalogue where it was already chosen, but never lets it be newly chosen', async () => {
    const offenderId = w.people.mine.id
    await prisma.pathwayAssessment.update({ where: { offenderId_pathway: { offenderId, pathway: 'ACCOMMODATION' } }, data: { needIds: [nfa, withdrawn] } })
    await updatePathway(w.actors.officer, { offenderId, pathway: 'ACCOMMODATION', version: 2, need: 'MEDIUM', status: 'IN_PROGRESS', needIds: [nfa, withdrawn] })
    expect((await prisma.pathwayAssessment.findFirstOrThrow({ where: { offenderId, pathway: 'ACCOMMODATION' } })).needIds).toEqual([nfa, withdrawn])
    await updatePathway(w.actors.officer, { offenderId, pathway: 'ACCOMMODATION', version: 3, need: 'MEDIUM', status: 'IN_PROGRESS', needIds: [nfa] })
    await expect(updatePathway(w.actors.officer, { offenderId, pathway: 'ACCOMMODATION', version: 4, need: 'MEDIUM', status: 'IN_PROGRESS', needIds: [nfa, withdrawn] })).rejects.toMatchObject({ fieldErrors: { needIds: ['chooseOption'] } })
  })
})
