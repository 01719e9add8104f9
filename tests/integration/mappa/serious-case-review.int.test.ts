import { beforeAll, describe, expect, it } from 'vitest'
import type { ZodError } from 'zod'
import { prisma } from '../../../src/server/db'
import { findReviewCandidates } from '../../../src/server/mappa/review-candidates'
import { addReviewAction, concludeReview, getReview, listReviews, openReview, updateReview, updateReviewAction } from '../../../src/server/mappa/reviews'
import { issueKey } from '../../../src/server/validation-messages'
import { actorOf } from '../../support/actor'
import { createUser } from '../../factories'
import { buildWorld, type World } from '../../support/world'

let w: World
let reviewId: string
let outside: { id: string }
const isoDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)
const issues = (e: unknown) => Object.fromEntries((e as ZodError).issues.map((i) => [i.path.join('.'), issueKey(i).key]))
const fieldErrors = (p: Promise<unknown>) => p.then(() => null, (e: { fieldErrors?: Record<string, string[]> }) => e.fieldErrors)
const version = async () => (await prisma.mappaSeriousCaseReview.findUniqueOrThrow({ where: { id: reviewId } })).version

beforeAll(async () => {
  w = await buildWorld()
  outside = await prisma.agency.create({ data: { code: `HB-${w.nps.code}`, name: `Health ${w.nps.code}`, kind: 'HEALTH_BOARD' } })
  await prisma.mappaNominal.create({ data: { offenderId: w.people.mappaCardiff.id, category: 2, level: 2, area: 'SOUTH_WALES', leadAgencyId: w.nps.id, startDate: new Date('2025-01-01'), nextReviewDate: new Date('2027-01-01') } })
  await prisma.mappaNominal.create({ data: { offenderId: w.people.mappaNorth.id, category: 2, level: 2, area: 'NORTH_WALES', leadAgencyId: w.nps.id, startDate: new Date('2025-01-01'), nextReviewDate: new Date('2027-01-01') } })
})

const opening = (extra: Record<string, unknown> = {}) => ({
  offenderId: w.people.mappaCardiff.id,
  offenceDate: isoDay(-10),
  offenceSummary: 'Grievous bodily harm against a new partner while on licence.',
  termsOfReference: 'Whether information about the new relationship was shared and acted on.',
  agencyIds: [w.nps.id, w.police.id],
  ...extra,
})

describe('serious case review', () => {
  it('is opened by the coordinator for a nominal of their area, and explains bad input without saving', async () => {
    const before = await prisma.mappaSeriousCaseReview.count()
    expect(issues(await openReview(w.actors.mappa, opening({ offenceDate: isoDay(2), termsOfReference: '', agencyIds: [] })).catch((e: unknown) => e))).toEqual({
      offenceDate: 'notInFuture',
      termsOfReference: 'required',
      agencyIds: 'chooseReviewAgency',
    })
    await expect(openReview(w.actors.officer, opening())).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(openReview(w.actors.mappa, opening({ offenderId: w.people.mappaNorth.id }))).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(openReview(w.actors.mappa, opening({ offenderId: w.people.mine.id }))).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await prisma.mappaSeriousCaseReview.count()).toBe(before)
    reviewId = (await openReview(w.actors.mappa, opening())).id
    expect(await prisma.mappaReviewAgency.count({ where: { reviewId } })).toBe(2)
    expect(await prisma.auditEvent.count({ where: { action: 'mappa.review.open', subjectId: reviewId, offenderId: w.people.mappaCardiff.id } })).toBe(1)
    // Break 47 F5: the same offence opened again (a second tab, a resubmitted form) is refused, even at once; another
    // offence of the same person is a review of its own.
    expect(await fieldErrors(openReview(w.actors.mappa, opening()))).toEqual({ offenceDate: ['reviewAlreadyOpen'] })
    const twice = await Promise.allSettled([openReview(w.actors.mappa, opening({ offenceDate: isoDay(-40) })), openReview(w.actors.mappa, opening({ offenceDate: isoDay(-40) }))])
    expect(twice.map((r) => (r.status === 'rejected' ? (r.reason as { fieldErrors?: unknown }).fieldErrors : 'opened')).sort()).toEqual(['opened', { offenceDate: ['reviewAlreadyOpen'] }].sort())
    expect(await prisma.mappaSeriousCaseReview.count({ where: { offenderId: w.people.mappaCardiff.id, status: 'OPEN' } })).toBe(2)
    await prisma.mappaSeriousCaseReview.deleteMany({ where: { offenderId: w.people.mappaCardiff.id, offenceDate: new Date(`${isoDay(-40)}T00:00:00Z`) } })
  })

  it('takes actions owned by agencies taking part, and keeps those agencies in', async () => {
    expect(await fieldErrors(addReviewAction(w.actors.mappa, { reviewId, description: 'x', ownerAgencyId: outside.id, dueDate: isoDay(30) }))).toEqual({ ownerAgencyId: ['chooseOwner'] })
    expect(issues(await addReviewAction(w.actors.mappa, { reviewId, description: '', ownerAgencyId: '', dueDate: isoDay(-1) }).catch((e: unknown) => e))).toEqual({ description: 'required', ownerAgencyId: 'chooseOwner', dueDate: 'notInPast' })
    await addReviewAction(w.actors.mappa, { reviewId, description: 'Brief all MOSOVO staff on disclosure of new relationships', ownerAgencyId: w.police.id, dueDate: isoDay(30) })
    expect(await fieldErrors(updateReview(w.actors.mappa, { reviewId, version: await version(), termsOfReference: 'ToR', agencyIds: [w.nps.id] }))).toEqual({ agencyIds: ['agencyOwnsAction'] })
    const action = await prisma.mappaReviewAction.findFirstOrThrow({ where: { reviewId } })
    await updateReviewAction(w.actors.mappa, { actionId: action.id, version: action.version, status: 'IN_PROGRESS' })
    await expect(updateReviewAction(w.actors.mappa, { actionId: action.id, version: action.version, status: 'COMPLETE' })).rejects.toMatchObject({ code: 'CONFLICT' })
  })

  it('concludes only with lessons recorded, then is read-only; other areas never see it', async () => {
    expect(await fieldErrors(concludeReview(w.actors.mappa, { reviewId, version: await version() }))).toEqual({ lessons: ['lessonsRequired'] })
    await updateReview(w.actors.mappa, { reviewId, version: await version(), termsOfReference: 'Whether information was shared.', lessons: 'Police intelligence on new relationships must reach the offender manager within 24 hours.', agencyIds: [w.nps.id, w.police.id] })
    await concludeReview(w.actors.mappa, { reviewId, version: await version(), confirm: 'on' })
    // Issue 16 item 5: no action is added to a concluded review, whatever the page offers; nothing is saved.
    const actions = await prisma.mappaReviewAction.count({ where: { reviewId } })
    expect(await fieldErrors(addReviewAction(w.actors.mappa, { reviewId, description: 'Late action', ownerAgencyId: w.police.id, dueDate: isoDay(30) }))).toEqual({ _form: ['reviewConcluded'] })
    expect(await prisma.mappaReviewAction.count({ where: { reviewId } })).toBe(actions)
    expect(await prisma.auditEvent.count({ where: { action: 'mappa.review.action.add', subjectId: reviewId } })).toBe(1)
    expect(await fieldErrors(updateReview(w.actors.mappa, { reviewId, version: await version(), termsOfReference: 'late', agencyIds: [w.nps.id, w.police.id] }))).toEqual({ _form: ['reviewConcluded'] })
    const review = await getReview(w.actors.mappa, reviewId)
    expect(review).toMatchObject({ status: 'CONCLUDED', lessons: expect.stringContaining('24 hours') })
    expect((await listReviews(w.actors.mappa)).map((r) => r.id)).toContain(reviewId)
    const north = await actorOf(await createUser(prisma, { agencyId: w.nps.id, teamId: w.teamNorth.id, roles: ['MAPPA_COORDINATOR'] }))
    await expect(getReview(north, reviewId)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect((await listReviews(north)).map((r) => r.id)).not.toContain(reviewId)
    expect(await prisma.auditEvent.count({ where: { action: { startsWith: 'mappa.review.' }, subjectId: reviewId } })).toBeGreaterThanOrEqual(6)
  })
})

// Issue 16 item 5: a review opened from the MAPPA overview starts by finding the nominal, within the coordinator's scope.
describe('finding the nominal a review is about', () => {
  it('finds a nominal of the area by exact CRN or by name, never another area’s, a limited-access person only as a redacted row by CRN, and audits the search', async () => {
    await prisma.mappaNominal.create({ data: { offenderId: w.people.restricted.id, category: 2, level: 2, area: 'SOUTH_WALES', leadAgencyId: w.nps.id, startDate: new Date('2025-01-01'), nextReviewDate: new Date('2027-01-01') } })
    const found = async (q: string) => (await findReviewCandidates(w.actors.mappa, { q })).rows.map((r) => (r.restricted ? 'restricted' : r.id))
    expect(await found(w.people.mappaCardiff.crn.toLowerCase())).toEqual([w.people.mappaCardiff.id])
    // Walk 45 F2: a zero-width space and joiner pasted inside the CRN are no part of it.
    const crn = w.people.mappaCardiff.crn
    expect(await found(`${crn.slice(0, 3)}\u200B${crn.slice(3)}\u200D`)).toEqual([w.people.mappaCardiff.id])
    // Other files' worlds share this database and have similar surnames: the closest match comes first.
    expect((await found(w.people.mappaCardiff.lastName))[0]).toBe(w.people.mappaCardiff.id)
    expect(await found(w.people.mappaNorth.crn)).toEqual([])
    expect(await found(w.people.mappaNorth.lastName)).not.toContain(w.people.mappaNorth.id)
    // Their exact CRN gives the one redacted row the main search gives (ADR 0023); their name, nothing.
    expect(await found(w.people.restricted.crn)).toEqual(['restricted'])
    expect(await found(w.people.restricted.lastName)).not.toContain(w.people.restricted.id)
    expect(await found(w.people.mine.crn)).toEqual([])
    expect((await findReviewCandidates(w.actors.mappa, {})).rows).toEqual([])
    expect(await prisma.auditEvent.count({ where: { action: 'mappa.review.candidates', actorUserId: w.staff.mappa.id } })).toBe(8)
  })

  it('explains control characters and over-long searches, and is refused to roles that do not run MAPPA', async () => {
    expect(issues(await findReviewCandidates(w.actors.mappa, { q: 'Ma\u0000' }).catch((e: unknown) => e))).toEqual({ q: 'controlCharacters' })
    expect(issues(await findReviewCandidates(w.actors.mappa, { q: 'x'.repeat(101) }).catch((e: unknown) => e))).toEqual({ q: 'tooLong' })
    // Walk 41 F9: "Find the nominal" with the box empty did nothing at all.
    for (const q of ['', '   ', 'M', '\u200b\u200b', '\u200bM\u200b']) expect(issues(await findReviewCandidates(w.actors.mappa, { q }).catch((e: unknown) => e)), q).toEqual({ q: 'reviewSearchTooShort' })
    await expect(findReviewCandidates(w.actors.officer, { q: w.people.mappaCardiff.crn })).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })
})
