import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { concludeReview, openReview, updateReview } from '../../../src/server/mappa/reviews'
import { buildWorld, type World } from '../../support/world'

// Issue 16, MAPPA gaps item 4: "Conclude" on the review's edit form saves what is typed (lessons included) and
// concludes in one transaction; a refusal saves none of it.
let w: World
const isoDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)
const fieldErrors = (p: Promise<unknown>) => p.then(() => null, (e: { fieldErrors?: Record<string, string[]> }) => e.fieldErrors)
const reviewOf = (id: string) => prisma.mappaSeriousCaseReview.findUniqueOrThrow({ where: { id } })

beforeAll(async () => {
  w = await buildWorld()
  await prisma.mappaNominal.create({ data: { offenderId: w.people.mappaCardiff.id, category: 2, level: 2, area: 'SOUTH_WALES', leadAgencyId: w.nps.id, startDate: new Date('2025-01-01'), nextReviewDate: new Date('2027-01-01') } })
})

// Each test's review is of another offence: one offence has one open review (break 47 F5).
let offences = 0
const open = () =>
  openReview(w.actors.mappa, { offenderId: w.people.mappaCardiff.id, offenceDate: isoDay(-10 - offences++), offenceSummary: 'Assault on licence.', termsOfReference: 'What was shared.', agencyIds: [w.nps.id, w.police.id] }).then((r) => r.id)

describe('concluding a review from its edit form', () => {
  it('a stale edit or conclusion, with a wrong answer too, is told the review was concluded (break 60 F2)', async () => {
    const reviewId = await open()
    const { version } = await reviewOf(reviewId)
    const typed = { reviewId, version, termsOfReference: 'What was shared.', lessons: 'Share the same day.', agencyIds: [w.nps.id, w.police.id], confirm: 'on' }
    await concludeReview(w.actors.mappa, typed)
    for (const late of [() => updateReview(w.actors.mappa, { ...typed, termsOfReference: '' }), () => concludeReview(w.actors.mappa, { ...typed, lessons: '' }), () => updateReview(w.actors.mappa, typed)])
      await expect(late()).rejects.toMatchObject({ fieldErrors: { _form: ['reviewConcluded'] }, details: { stale: true } })
  })

  it('saves the lessons typed but not yet saved, and concludes, in one step', async () => {
    const reviewId = await open()
    const { version } = await reviewOf(reviewId)
    await concludeReview(w.actors.mappa, { reviewId, version, termsOfReference: 'What was shared, and when.', lessons: 'Share new relationships the same day.', agencyIds: [w.nps.id, w.police.id], confirm: 'on' })
    expect(await reviewOf(reviewId)).toMatchObject({ status: 'CONCLUDED', lessons: 'Share new relationships the same day.', termsOfReference: 'What was shared, and when.' })
    expect(await prisma.auditEvent.count({ where: { subjectId: reviewId, action: { in: ['mappa.review.update', 'mappa.review.conclude'] } } })).toBe(2)
  })

  it('refuses without lessons, saving none of what was typed', async () => {
    const reviewId = await open()
    const before = await reviewOf(reviewId)
    const typed = { reviewId, version: before.version, termsOfReference: 'Changed terms.', lessons: '', agencyIds: [w.nps.id] }
    expect(await fieldErrors(concludeReview(w.actors.mappa, typed))).toEqual({ lessons: ['lessonsRequired'] })
    expect(await reviewOf(reviewId)).toEqual(before)
    expect(await prisma.mappaReviewAgency.count({ where: { reviewId } })).toBe(2)
  })
})

// MAPPA break test item 2: "Conclude the review" had no confirmation. The server refuses a conclude that is not
// confirmed, saving none of what was typed, and asks only once everything else would pass.
describe('concluding is confirmed first', () => {
  it('refuses an unconfirmed conclude with the confirm box, saving nothing, then concludes once confirmed', async () => {
    const reviewId = await open()
    const before = await reviewOf(reviewId)
    const typed = { reviewId, version: before.version, termsOfReference: 'What was shared, and when.', lessons: 'Share the same day.', agencyIds: [w.nps.id, w.police.id] }
    const refused = await concludeReview(w.actors.mappa, typed).catch((e: unknown) => e)
    expect(refused).toMatchObject({ code: 'VALIDATION', fieldErrors: { confirm: ['confirmConclude'] }, details: { confirmStep: 'conclude' } })
    expect(await reviewOf(reviewId)).toEqual(before)
    await concludeReview(w.actors.mappa, { ...typed, confirm: 'on' })
    expect(await reviewOf(reviewId)).toMatchObject({ status: 'CONCLUDED', lessons: 'Share the same day.' })
  })

  it('asks about lessons before asking to confirm', async () => {
    const reviewId = await open()
    const { version } = await reviewOf(reviewId)
    expect(await fieldErrors(concludeReview(w.actors.mappa, { reviewId, version }))).toEqual({ lessons: ['lessonsRequired'] })
  })
})
