import { beforeAll, describe, expect, it } from 'vitest'
import { ZodError } from 'zod'
import { prisma } from '../../../src/server/db'
import { getRisk } from '../../../src/server/risk/get-risk'
import { addRegistration, deregister, reviewRegistration } from '../../../src/server/risk/registrations'
import { saveRiskPlan } from '../../../src/server/risk/save-risk-plan'
import { buildWorld, type World } from '../../support/world'

let w: World
beforeAll(async () => {
  w = await buildWorld()
})

const nextMonth = () => new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10)
const plan = (extra: Record<string, unknown> = {}) => ({
  offenderId: w.people.mine.id,
  basedOnVersion: 0,
  supervision: 'Weekly office appointments; monthly home visits.',
  monitoringAndControl: 'Curfew 19:00-07:00 with electronic monitoring.',
  interventionsTreatment: 'Building Better Relationships programme.',
  victimSafetyPlanning: 'Exclusion zone around the victim’s address.',
  contingency: 'Any breach of the exclusion zone: consider recall the same day.',
  nextReviewDate: nextMonth(),
  ...extra,
})

describe('risk management plan', () => {
  it('saves dated versions, newest first, each audited', async () => {
    expect(await saveRiskPlan(w.actors.officer, plan())).toMatchObject({ version: 1 })
    expect(await saveRiskPlan(w.actors.officer, plan({ basedOnVersion: 1, supervision: 'Twice-weekly appointments.' }))).toMatchObject({ version: 2 })
    const risk = await getRisk(w.actors.officer, w.people.mine.id)
    expect(risk.riskPlans.map((p) => [p.version, p.supervision])).toEqual([[2, 'Twice-weekly appointments.'], [1, 'Weekly office appointments; monthly home visits.']])
    expect(await prisma.auditEvent.count({ where: { action: 'riskPlan.save', offenderId: w.people.mine.id } })).toBe(2)
  })

  it('refuses a save based on an old version, returning the plan in force', async () => {
    await expect(saveRiskPlan(w.actors.officer, plan({ basedOnVersion: 1 }))).rejects.toMatchObject({ code: 'CONFLICT', details: { current: { version: 2 }, shownByForm: true } })
  })

  it('rejects empty sections and past review dates, writing nothing; keeps colleagues read-only', async () => {
    const before = await prisma.riskManagementPlan.count()
    await expect(saveRiskPlan(w.actors.officer, plan({ basedOnVersion: 2, contingency: ' ' }))).rejects.toBeInstanceOf(ZodError)
    await expect(saveRiskPlan(w.actors.officer, plan({ basedOnVersion: 2, nextReviewDate: '2020-01-01' }))).rejects.toBeInstanceOf(ZodError)
    await expect(saveRiskPlan(w.actors.colleague, plan({ basedOnVersion: 2 }))).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(saveRiskPlan(w.actors.police, plan({ offenderId: w.people.mappaCardiff.id }))).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(getRisk(w.actors.northOfficer, w.people.mine.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await prisma.riskManagementPlan.count()).toBe(before)
  })
})

describe('registrations', () => {
  it('adds, reviews and ends a registration, keeping the ended one as history', async () => {
    const { id } = await addRegistration(w.actors.officer, { offenderId: w.people.mine.id, type: 'DOMESTIC_ABUSE_PERPETRATOR', nextReviewDate: nextMonth(), notes: 'MARAC referral made.' })
    await expect(addRegistration(w.actors.officer, { offenderId: w.people.mine.id, type: 'DOMESTIC_ABUSE_PERPETRATOR', nextReviewDate: nextMonth() })).rejects.toMatchObject({ fieldErrors: { type: ['alreadyRegistered'] } })
    await reviewRegistration(w.actors.officer, { flagId: id, version: 1, nextReviewDate: nextMonth(), notes: 'Reviewed with police.' })
    await expect(reviewRegistration(w.actors.officer, { flagId: id, version: 1, nextReviewDate: nextMonth() })).rejects.toMatchObject({ code: 'CONFLICT' })
    await deregister(w.actors.officer, { flagId: id, version: 2, reason: 'Programme completed; risk reduced.' })
    const flag = await prisma.riskFlag.findUniqueOrThrow({ where: { id } })
    expect(flag).toMatchObject({ deregisterReason: 'Programme completed; risk reduced.', notes: 'MARAC referral made.' })
    expect(flag.deregisteredAt).not.toBeNull()
    // A form drawn before it ended (any version) is told the record changed, not that it does not exist (walk 57 F1).
    for (const version of [2, 3]) await expect(reviewRegistration(w.actors.officer, { flagId: id, version, nextReviewDate: nextMonth() })).rejects.toMatchObject({ code: 'CONFLICT' })
    const actions = (await prisma.auditEvent.findMany({ where: { subjectId: id }, orderBy: { id: 'asc' } })).map((e) => e.action)
    expect(actions).toEqual(['registration.add', 'registration.review', 'registration.end'])
  })

  it('keeps each review as its own row (date, reviewer, notes, next review) and the registration’s notes (issue 15 item 12)', async () => {
    const { id } = await addRegistration(w.actors.officer, { offenderId: w.people.mine.id, type: 'SELF_HARM', nextReviewDate: nextMonth(), notes: 'Disclosed at induction.' })
    await reviewRegistration(w.actors.officer, { flagId: id, version: 1, nextReviewDate: '2030-01-15', notes: 'GP letter received.' })
    await reviewRegistration(w.actors.senior, { flagId: id, version: 2, nextReviewDate: '2030-03-01' })
    const flag = (await getRisk(w.actors.officer, w.people.mine.id)).riskFlags.find((f) => f.id === id)!
    expect(flag.notes).toBe('Disclosed at induction.')
    expect(flag.nextReviewDate?.toISOString().slice(0, 10)).toBe('2030-03-01')
    expect(flag.reviews.map((r) => ({ by: r.reviewedById, notes: r.notes, next: r.nextReviewDate.toISOString().slice(0, 10) }))).toEqual([
      { by: w.staff.senior.id, notes: null, next: '2030-03-01' },
      { by: w.staff.officer.id, notes: 'GP letter received.', next: '2030-01-15' },
    ])
    await expect(reviewRegistration(w.actors.officer, { flagId: id, version: 3, nextReviewDate: 'soon' })).rejects.toBeInstanceOf(ZodError)
    expect(await prisma.riskFlagReview.count({ where: { flagId: id } })).toBe(2)
  })

  it('requires a level and category for MAPPA', async () => {
    const error = await addRegistration(w.actors.officer, { offenderId: w.people.mine.id, type: 'MAPPA', nextReviewDate: nextMonth() }).catch((e: unknown) => e)
    expect((error as ZodError).issues[0]).toMatchObject({ path: ['level'], message: 'mappaLevelCategory' })
  })

  // Walk 64 F5: a domestic abuse registration was saved with "level 1 · category 1", read as MAPPA management.
  it('refuses a level or category on any other registration, saving nothing', async () => {
    for (const extra of [{ level: '1', category: '1' }, { level: '2' }, { category: '3' }]) {
      const error = await addRegistration(w.actors.senior, { offenderId: w.people.colleagues.id, type: 'GANGS', nextReviewDate: nextMonth(), ...extra }).catch((e: unknown) => e)
      // On the field given (retest break 64 F4).
      expect((error as ZodError).issues.map((i) => [i.path.join('.'), i.message])).toEqual(Object.keys(extra).map((field) => [field, 'mappaLevelCategoryOnly']))
    }
    expect(await prisma.riskFlag.count({ where: { offenderId: w.people.colleagues.id, type: 'GANGS' } })).toBe(0)
  })
})
