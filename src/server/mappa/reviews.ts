import 'server-only'
import { parseAsDrawn } from '../as-drawn'
import { whenMissing } from '../missing-record'
import { requireConfirmed } from '../confirm-step'
import { personHeading } from '../offenders/person-heading'
import { recordAudit } from '../audit/record-audit'
import type { Prisma } from '../../generated/prisma/client'
import { prisma, type Tx } from '../db'
import { AppError, invalid, notFound, staleRefusal } from '../errors'
import { authorize, laoVisible, offenderVisible, type Actor } from '../policy'
import { ZAddReviewAction, ZConcludeReview, ZOpenReview, ZUpdateAction, ZUpdateReview } from './mappa.schemas'
import { areaOf } from './nominals'
import { lockRow } from '../row-lock'
import { partnerAgency } from '../agencies/partner-agency'


async function checkAgencies(tx: Tx, agencyIds: string[]) {
  const unique = [...new Set(agencyIds)]
  if ((await tx.agency.count({ where: { id: { in: unique }, ...partnerAgency } })) !== unique.length) throw invalid('agencyIds', 'chooseReviewAgency')
  return unique
}

/** Opens a serious case review of a nominal (current or past) of the coordinator's area after a serious further offence. */
export async function openReview(actor: Actor, input: unknown) {
  authorize(actor, 'mappa.manage')
  const area = areaOf(actor)
  const { agencyIds, ...review } = ZOpenReview.parse(input)
  return prisma.$transaction(async (tx) => {
    const person = await tx.offender.findFirst({ where: { AND: [{ id: review.offenderId }, offenderVisible(actor), { mappaNominal: { is: { area } } }] }, select: { id: true } })
    if (!person) throw notFound()
    // One open review of one offence: two tabs or a resubmitted form made two, splitting its actions (break 47 F5).
    // Holding the person runs two openings one after the other, so the second sees the first.
    await lockRow(tx, 'Offender', review.offenderId)
    if (await tx.mappaSeriousCaseReview.count({ where: { offenderId: review.offenderId, offenceDate: review.offenceDate, status: 'OPEN' } })) throw invalid('offenceDate', 'reviewAlreadyOpen')
    const agencies = await checkAgencies(tx, agencyIds)
    const created = await tx.mappaSeriousCaseReview.create({
      data: { ...review, area, commissionedById: actor.userId, agencies: { create: agencies.map((agencyId) => ({ agencyId })) } },
    })
    await recordAudit(tx, actor, { action: 'mappa.review.open', subjectType: 'MappaSeriousCaseReview', subjectId: created.id, offenderId: review.offenderId, detail: { agencies: agencies.length } })
    return { id: created.id, offenderId: review.offenderId }
  })
}

/** An open review of the area, claimed at the version the coordinator saw. */
async function claimReview(tx: Tx, actor: Actor, reviewId: string, version: number) {
  const review = await tx.mappaSeriousCaseReview.findFirst({ where: { id: reviewId, area: areaOf(actor), offender: laoVisible(actor) } })
  if (!review) throw notFound()
  if (review.status !== 'OPEN') throw staleRefusal('reviewConcluded')
  const { count } = await tx.mappaSeriousCaseReview.updateMany({ where: { id: reviewId, version }, data: { version: { increment: 1 } } })
  if (!count) throw new AppError('CONFLICT')
  return review
}

// A review's edit or conclusion refused for its answers first says the review was concluded or changed meanwhile: the
// stale form's field messages had nowhere to appear without the script, and the edit was lost unsaid (break 60 F2).
const reviewAsDrawn = (actor: Actor) => ({ id: 'reviewId', check: (tx: Tx, id: string, version: number) => claimReview(tx, actor, id, version) })

type ReviewEdit = ReturnType<typeof ZUpdateReview.parse>

/** Writes the edit form's fields to a claimed review (agencies owning an action stay) and audits it. Output: its lessons. */
async function applyReviewEdit(tx: Tx, actor: Actor, review: { id: string; offenderId: string }, { agencyIds, termsOfReference, lessons }: ReviewEdit) {
  const agencies = await checkAgencies(tx, agencyIds)
  // An agency that already owns an action stays part of the review.
  const owners = (await tx.mappaReviewAction.findMany({ where: { reviewId: review.id }, select: { ownerAgencyId: true } })).map((a) => a.ownerAgencyId)
  if (owners.some((id) => !agencies.includes(id))) throw invalid('agencyIds', 'agencyOwnsAction')
  await tx.mappaReviewAgency.deleteMany({ where: { reviewId: review.id } })
  await tx.mappaReviewAgency.createMany({ data: agencies.map((agencyId) => ({ reviewId: review.id, agencyId })) })
  await tx.mappaSeriousCaseReview.update({ where: { id: review.id }, data: { termsOfReference, lessons: lessons ?? null } })
  await recordAudit(tx, actor, { action: 'mappa.review.update', subjectType: 'MappaSeriousCaseReview', subjectId: review.id, offenderId: review.offenderId })
  return lessons ?? null
}

export async function updateReview(actor: Actor, input: unknown) {
  authorize(actor, 'mappa.manage')
  const edit = await parseAsDrawn(ZUpdateReview, input, reviewAsDrawn(actor))
  return prisma.$transaction(async (tx) => {
    const review = await claimReview(tx, actor, edit.reviewId, edit.version)
    await applyReviewEdit(tx, actor, review, edit)
    return { id: review.id, offenderId: review.offenderId }
  })
}

/**
 * Concludes the review once its lessons are written; it is then read-only, its actions still tracked. Sent from the
 * edit form (its fields present), what is typed there is saved in the same transaction first, so lessons typed but
 * not yet saved count and nothing is half-saved (issue 16, MAPPA gaps item 4). Errors: `lessons` lessonsRequired,
 * the edit's own field errors, CONFLICT on a stale version, `_form` reviewConcluded, and — being irreversible — `confirm`
 * confirmConclude until the "are you sure" box is ticked (requireConfirmed).
 */
export async function concludeReview(actor: Actor, input: unknown) {
  authorize(actor, 'mappa.manage')
  const { reviewId, version, confirm } = await parseAsDrawn(ZConcludeReview, input, reviewAsDrawn(actor))
  const edit = input && typeof input === 'object' && 'termsOfReference' in input ? await parseAsDrawn(ZUpdateReview, input, reviewAsDrawn(actor)) : null
  return prisma.$transaction(async (tx) => {
    const review = await claimReview(tx, actor, reviewId, version)
    const lessons = edit ? await applyReviewEdit(tx, actor, review, edit) : review.lessons
    if (!lessons) throw invalid('lessons', 'lessonsRequired')
    // Concluding is final (read-only, no more actions): asked "are you sure" once all else passes (MAPPA break test item 2).
    requireConfirmed(confirm, 'conclude')
    await tx.mappaSeriousCaseReview.update({ where: { id: reviewId }, data: { status: 'CONCLUDED', concludedAt: new Date() } })
    await recordAudit(tx, actor, { action: 'mappa.review.conclude', subjectType: 'MappaSeriousCaseReview', subjectId: reviewId, offenderId: review.offenderId })
    return { id: reviewId, offenderId: review.offenderId }
  })
}

/** An action arising from an open review, owned by one of the agencies taking part; refused once it is concluded. */
export async function addReviewAction(actor: Actor, input: unknown) {
  authorize(actor, 'mappa.manage')
  const { reviewId, ...action } = ZAddReviewAction.parse(input)
  return prisma.$transaction(async (tx) => {
    await lockRow(tx, 'MappaSeriousCaseReview', reviewId) // "Conclude" and this add one after the other
    const review = await tx.mappaSeriousCaseReview.findFirst({ where: { id: reviewId, area: areaOf(actor), offender: laoVisible(actor) }, include: { agencies: true } })
    if (!review) throw notFound()
    // A concluded review is read-only: its actions are followed up in the tracker, none are added (issue 16 item 5).
    if (review.status !== 'OPEN') throw staleRefusal('reviewConcluded')
    if (!review.agencies.some((a) => a.agencyId === action.ownerAgencyId)) throw invalid('ownerAgencyId', 'chooseOwner')
    const created = await tx.mappaReviewAction.create({ data: { reviewId, ...action } })
    await recordAudit(tx, actor, { action: 'mappa.review.action.add', subjectType: 'MappaSeriousCaseReview', subjectId: reviewId, offenderId: review.offenderId, detail: { actionId: created.id } })
    return { id: reviewId, offenderId: review.offenderId }
  })
}

// A review's action in the actor's area, at the version the form was drawn from; the version moves on with `data`.
async function claimReviewAction(tx: Tx, actor: Actor, actionId: string, version: number, data: Prisma.MappaReviewActionUpdateManyMutationInput) {
  const action = await tx.mappaReviewAction.findFirst({ where: { id: actionId, review: { area: areaOf(actor), offender: laoVisible(actor) } }, include: { review: { select: { offenderId: true } } } })
  if (!action) throw notFound()
  const { count } = await tx.mappaReviewAction.updateMany({ where: { id: actionId, version }, data: { ...data, version: { increment: 1 } } })
  if (!count) throw new AppError('CONFLICT')
  return action
}

export async function updateReviewAction(actor: Actor, input: unknown) {
  authorize(actor, 'mappa.manage')
  const { actionId, version, status, statusNote } = await parseAsDrawn(ZUpdateAction, input, { id: 'actionId', check: (tx, id, v) => claimReviewAction(tx, actor, id, v, {}) })
  return prisma.$transaction(async (tx) => {
    const action = await claimReviewAction(tx, actor, actionId, version, { status, statusNote: statusNote ?? null })
    await recordAudit(tx, actor, { action: 'mappa.review.action.update', subjectType: 'MappaSeriousCaseReview', subjectId: action.reviewId, offenderId: action.review.offenderId, detail: { actionId, from: action.status, to: status } })
    return { id: action.reviewId, offenderId: action.review.offenderId }
  })
}

const agencySelect = { select: { id: true, name: true, nameCy: true } } as const

/** One review with its agencies and actions, for the coordinators of its area. */
export async function getReview(actor: Actor, reviewId: string) {
  authorize(actor, 'mappa.manage')
  const review = await prisma.mappaSeriousCaseReview.findFirst({
    where: { id: reviewId, area: areaOf(actor), offender: laoVisible(actor) },
    include: {
      offender: { select: personHeading },
      commissionedBy: { select: { name: true } },
      agencies: { include: { agency: agencySelect }, orderBy: { agency: { name: 'asc' } } },
      actions: { include: { ownerAgency: agencySelect }, orderBy: [{ dueDate: 'asc' }, { id: 'asc' }] },
    },
  }).catch(whenMissing(null))
  if (!review) throw notFound()
  await recordAudit(prisma, actor, { action: 'mappa.review.view', subjectType: 'MappaSeriousCaseReview', subjectId: reviewId, offenderId: review.offenderId })
  return review
}

/** The area's reviews, open ones first, for the coordinator's overview. */
export async function listReviews(actor: Actor) {
  authorize(actor, 'mappa.manage')
  return prisma.mappaSeriousCaseReview.findMany({
    where: { area: areaOf(actor), offender: laoVisible(actor) },
    orderBy: [{ status: 'asc' }, { offenceDate: 'desc' }],
    take: 50,
    select: { id: true, status: true, offenceDate: true, offender: { select: { crn: true, firstName: true, lastName: true } }, _count: { select: { actions: { where: { status: { in: ['OPEN', 'IN_PROGRESS'] } } } } } },
  })
}

/** What the open-review form offers: the person (a nominal of the area) and the active agencies. */
export async function getReviewChoices(actor: Actor, offenderId: string) {
  authorize(actor, 'mappa.manage')
  const area = areaOf(actor)
  const person = await prisma.offender.findFirst({ where: { AND: [{ id: offenderId }, offenderVisible(actor), { mappaNominal: { is: { area } } }] }, select: { id: true, crn: true, firstName: true, lastName: true } }).catch(whenMissing(null))
  if (!person) throw notFound()
  const agencies = await prisma.agency.findMany({ where: { ...partnerAgency, OR: [{ region: area }, { region: null }] }, orderBy: [{ kind: 'asc' }, { name: 'asc' }], ...agencySelect })
  return { person, agencies }
}
