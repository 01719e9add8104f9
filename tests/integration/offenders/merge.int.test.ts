import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { findMergedByCrn, findMergedById } from '../../../src/server/offenders/find-merged'
import { mergeOffenders } from '../../../src/server/offenders/merge-offenders'
import { getOffender } from '../../../src/server/offenders/get-offender'
import { saveRiskPlan } from '../../../src/server/risk/save-risk-plan'
import { createContact, createOffender } from '../../factories'
import { buildWorld, type World } from '../../support/world'

let w: World
beforeAll(async () => {
  w = await buildWorld()
})

const section = 'Weekly supervision.'
const plan = (offenderId: string, basedOnVersion: number) => ({ offenderId, basedOnVersion, supervision: section, monitoringAndControl: section, interventionsTreatment: section, victimSafetyPlanning: section, contingency: section, nextReviewDate: '2031-01-01' })

describe('merging duplicate records', () => {
  it('moves every contact and plan to the kept record, keeps the name as an alias, and audits both', async () => {
    const keep = w.people.mine
    const dup = w.people.colleagues
    await createContact(prisma, { offenderId: dup.id, authorId: w.staff.colleague.id, authorAgencyId: w.nps.id, notes: 'Contact on the duplicate' })
    await saveRiskPlan(w.actors.senior, plan(keep.id, 0))
    await saveRiskPlan(w.actors.senior, plan(dup.id, 0))
    await mergeOffenders(w.actors.senior, { keepId: keep.id, mergeCrn: dup.crn, reason: 'Same person: matching PNC and date of birth' })
    expect(await prisma.offender.count({ where: { id: dup.id } })).toBe(0)
    expect(await prisma.contact.count({ where: { offenderId: keep.id, notes: 'Contact on the duplicate' } })).toBe(1)
    expect((await prisma.riskManagementPlan.findMany({ where: { offenderId: keep.id }, orderBy: { version: 'asc' } })).map((p) => p.version)).toEqual([1, 2])
    expect((await getOffender(w.actors.senior, keep.id)).aliases).toContainEqual({ firstName: dup.firstName, lastName: dup.lastName })
    expect(await prisma.auditEvent.count({ where: { action: 'offender.merge', offenderId: { in: [keep.id, dup.id] } } })).toBe(2)
  })

  it('carries limited-access lists across, so nobody gains sight of a restricted person', async () => {
    await mergeOffenders(w.actors.senior, { keepId: w.people.otherTeam.id, mergeCrn: w.people.excluded.crn, reason: 'Duplicate' })
    await expect(getOffender(w.actors.officer, w.people.otherTeam.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('is for seniors, within their own scope, and never a record into itself', async () => {
    await expect(mergeOffenders(w.actors.officer, { keepId: w.people.restricted.id, mergeCrn: w.people.mappaCardiff.crn, reason: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(mergeOffenders(w.actors.senior, { keepId: w.people.restricted.id, mergeCrn: w.people.north.crn, reason: 'x' })).rejects.toMatchObject({ fieldErrors: { mergeCrn: ['mergeNotFound'] } })
    await expect(mergeOffenders(w.actors.senior, { keepId: w.people.restricted.id, mergeCrn: w.people.restricted.crn, reason: 'x' })).rejects.toMatchObject({ code: 'VALIDATION' })
    expect(await prisma.offender.count({ where: { id: w.people.north.id } })).toBe(1)
  })

  it('keeps MAPPA level history and COSA non-associations with the record that is kept', async () => {
    const keep = w.people.restricted
    const dup = w.people.mappaCardiff
    const nominal = (offenderId: string, level: number) =>
      prisma.mappaNominal.create({ data: { offenderId, category: 2, level, area: 'SOUTH_WALES', leadAgencyId: w.nps.id, startDate: new Date('2025-01-01'), nextReviewDate: new Date('2027-01-01') } })
    const kept = await nominal(keep.id, 3)
    const duplicate = await nominal(dup.id, 2)
    await prisma.mappaLevelChange.create({ data: { nominalId: duplicate.id, toLevel: 2, reason: 'Referred on release', changedById: w.staff.mappa.id } })
    const volunteer = await prisma.cosaVolunteer.create({ data: { agencyId: w.nps.id, firstName: 'Alun', lastName: 'Jones', email: 'a@example.org', dateOfBirth: new Date('1970-01-01'), homeArea: 'Cardiff' } })
    await prisma.cosaNonAssociation.create({ data: { volunteerId: volunteer.id, offenderId: dup.id, reason: 'Neighbour', createdById: w.staff.mappa.id } })
    await mergeOffenders(w.actors.senior, { keepId: keep.id, mergeCrn: dup.crn, reason: 'Same person' })
    expect(await prisma.mappaLevelChange.count({ where: { nominalId: kept.id, reason: 'Referred on release' } })).toBe(1)
    expect(await prisma.cosaNonAssociation.count({ where: { volunteerId: volunteer.id, offenderId: keep.id } })).toBe(1)
  })

  it('keeps pathway history, partner referrals and IOM membership with the record that is kept', async () => {
    const person = () => createOffender(prisma, { responsibleAgencyId: w.nps.id, teamId: w.teamA.id, offenderManagerId: w.staff.colleague.id })
    const [keep, dup] = [await person(), await person()]
    const assessment = (offenderId: string) => prisma.pathwayAssessment.create({ data: { offenderId, pathway: 'ACCOMMODATION', need: 'HIGH', status: 'IN_PROGRESS' } })
    const kept = await assessment(keep.id)
    const duplicate = await assessment(dup.id)
    await prisma.pathwayUpdate.create({ data: { assessmentId: duplicate.id, status: 'IN_PROGRESS', note: 'Tenancy offer from the council', authorId: w.staff.officer.id, authorAgencyId: w.nps.id } })
    await prisma.pathwayAssessment.create({ data: { offenderId: dup.id, pathway: 'HEALTH', status: 'MET' } })
    const service = await prisma.partnerService.create({ data: { providerAgencyId: w.nps.id, name: 'Merge service', pathways: ['ACCOMMODATION'], regions: ['SOUTH_WALES'], contactEmail: 's@example.org' } })
    const referral = await prisma.partnerReferral.create({ data: { offenderId: dup.id, serviceId: service.id, referredById: w.staff.officer.id, pathway: 'ACCOMMODATION', reason: 'r', consentToShare: true } })
    const cohort = await prisma.iomCohort.create({ data: { region: 'SOUTH_WALES', strand: 'FIXED', name: 'Merge cohort', createdById: w.staff.police.id } })
    await prisma.iomMember.create({ data: { cohortId: cohort.id, offenderId: dup.id, ragReason: 'Selected', nextReviewOn: new Date('2031-01-01'), selectedOn: new Date('2026-01-01') } })
    await mergeOffenders(w.actors.senior, { keepId: keep.id, mergeCrn: dup.crn, reason: 'Same person' })
    expect(await prisma.pathwayUpdate.count({ where: { assessmentId: kept.id, note: 'Tenancy offer from the council' } })).toBe(1)
    expect(await prisma.pathwayAssessment.count({ where: { offenderId: keep.id } })).toBe(2)
    expect(await prisma.partnerReferral.findUniqueOrThrow({ where: { id: referral.id } })).toMatchObject({ offenderId: keep.id })
    expect(await prisma.iomMember.count({ where: { cohortId: cohort.id, offenderId: keep.id } })).toBe(1)
  })

  it('says where a merged record went, by old id or old CRN, to users who can see the survivor only (issue 15 item 13)', async () => {
    const person = () => createOffender(prisma, { responsibleAgencyId: w.nps.id, teamId: w.teamA.id, lduId: w.cardiff.id, offenderManagerId: w.staff.officer.id })
    const [first, second, survivor] = [await person(), await person(), await person()]
    await mergeOffenders(w.actors.senior, { keepId: second.id, mergeCrn: first.crn, reason: 'Same person' })
    // Merged again: the first record's old id and CRN follow to the final survivor.
    await mergeOffenders(w.actors.senior, { keepId: survivor.id, mergeCrn: second.crn, reason: 'Same person' })
    const expected = (mergedCrn: string) => ({ mergedCrn, keptId: survivor.id, keptCrn: survivor.crn })
    expect(await findMergedById(w.actors.officer, first.id)).toEqual(expected(first.crn))
    expect(await findMergedById(w.actors.officer, second.id)).toEqual(expected(second.crn))
    expect(await findMergedByCrn(w.actors.officer, ` ${first.crn.toLowerCase()} `)).toEqual(expected(first.crn))
    expect(await prisma.auditEvent.count({ where: { action: 'offender.mergedLookup', offenderId: survivor.id } })).toBe(3)
    // Out of scope (another LDU), unknown, and not a CRN at all: nothing, as for a record that never existed.
    expect(await findMergedById(w.actors.northOfficer, first.id)).toBeNull()
    expect(await findMergedByCrn(w.actors.northOfficer, first.crn)).toBeNull()
    expect(await findMergedById(w.actors.officer, survivor.id)).toBeNull()
    expect(await findMergedById(w.actors.officer, 'not-an-id')).toBeNull()
    expect(await findMergedByCrn(w.actors.officer, '%')).toBeNull()
    await expect(findMergedById(w.actors.admin, first.id)).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })
})
