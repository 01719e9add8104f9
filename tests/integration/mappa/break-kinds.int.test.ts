import { beforeAll, describe, expect, it } from 'vitest'
import type { ZodError } from 'zod'
import { prisma } from '../../../src/server/db'
import { listAreaActions } from '../../../src/server/mappa/action-tracker'
import { addReviewAction, openReview } from '../../../src/server/mappa/reviews'
import { ZRecordItem } from '../../../src/server/mappa/mappa.schemas'
import { issueKey } from '../../../src/server/validation-messages'
import { buildWorld, type World } from '../../support/world'

// Found by the break test of issue 16's MAPPA items: the year 0000 answered with server errors, the year 9999 was
// saved as a next review that never falls due, and an action added in the instant of "Conclude" joined the review.
let w: World
const isoDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)
const keys = (e: unknown) => Object.fromEntries((e as ZodError).issues.map((i) => [i.path.join('.'), issueKey(i).key]))

beforeAll(async () => {
  w = await buildWorld()
  await prisma.mappaNominal.create({ data: { offenderId: w.people.mappaCardiff.id, category: 2, level: 2, area: 'SOUTH_WALES', leadAgencyId: w.nps.id, startDate: new Date('2025-01-01'), nextReviewDate: new Date('2027-01-01') } })
})

const opening = (extra: Record<string, unknown> = {}) => ({
  offenderId: w.people.mappaCardiff.id, offenceDate: isoDay(-10), offenceSummary: 'Assault while on licence.', termsOfReference: 'What was known.', agencyIds: [w.nps.id, w.police.id], ...extra,
})

describe('dates a form or filter cannot store', () => {
  it('the year 0000 is a field message in a filter and in a form, never a server error', async () => {
    for (const filter of [{ dueFrom: '0000-01-01' }, { dueTo: '0000-01-01' }]) {
      expect(keys(await listAreaActions(w.actors.mappa, filter).catch((e: unknown) => e))).toEqual({ [Object.keys(filter)[0]!]: 'dateOutOfRange' })
    }
    expect(keys(await openReview(w.actors.mappa, opening({ offenceDate: '0000-01-01' })).catch((e: unknown) => e))).toEqual({ offenceDate: 'dateOutOfRange' })
  })

  it('a next review must fall within the next 12 months; far-future due dates are refused', async () => {
    const item = ZRecordItem.safeParse({ nextReviewDate: '9999-12-31' })
    expect(item.success ? {} : Object.fromEntries(item.error.issues.filter((i) => i.path[0] === 'nextReviewDate').map((i) => [i.path.join('.'), issueKey(i).key]))).toEqual({ nextReviewDate: 'dateOutOfRange' })
    const nextYearAndADay = ZRecordItem.safeParse({ nextReviewDate: isoDay(367) })
    expect(nextYearAndADay.success ? [] : nextYearAndADay.error.issues.filter((i) => i.path[0] === 'nextReviewDate').map((i) => issueKey(i).key)).toEqual(['reviewWithinYear'])
    const { id: reviewId } = await openReview(w.actors.mappa, opening())
    expect(keys(await addReviewAction(w.actors.mappa, { reviewId, description: 'x', ownerAgencyId: w.police.id, dueDate: '9999-12-31' }).catch((e: unknown) => e))).toEqual({ dueDate: 'dateOutOfRange' })
  })
})

describe('concluding a review and adding an action at the same moment', () => {
  it('run one after the other: an add that waited for the conclusion is refused', async () => {
    const { id: reviewId } = await openReview(w.actors.mappa, opening({ offenceDate: isoDay(-20) }))
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    let concluding!: () => void
    const started = new Promise<void>((resolve) => (concluding = resolve))
    // Another coordinator's "Conclude", still inside its transaction when the add arrives.
    const conclude = prisma.$transaction(async (tx) => {
      await tx.mappaSeriousCaseReview.update({ where: { id: reviewId }, data: { status: 'CONCLUDED', concludedAt: new Date(), lessons: 'Share new relationships.' } })
      concluding()
      await held
    })
    await started
    const add = addReviewAction(w.actors.mappa, { reviewId, description: 'Late action', ownerAgencyId: w.police.id, dueDate: isoDay(30) }).then(() => 'added', (e: { fieldErrors?: Record<string, string[]> }) => e.fieldErrors)
    await new Promise((r) => setTimeout(r, 300))
    release()
    await conclude
    expect(await add).toEqual({ _form: ['reviewConcluded'] })
    expect(await prisma.mappaReviewAction.count({ where: { reviewId } })).toBe(0)
  })
})
