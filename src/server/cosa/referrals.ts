import 'server-only'
import { whenMissing } from '../missing-record'
import { personHeading } from '../offenders/person-heading'
import { recordAudit, recordAuditEach } from '../audit/record-audit'
import { prisma } from '../db'
import { AppError, invalid, notFound, staleRefusal } from '../errors'
import { parseAsDrawn } from '../as-drawn'
import { authorize, isLimitedFor, laoSelect, laoVisible, offenderReferable, offenderVisible, type Actor } from '../policy'
import { redactedCosaReferral } from './redacted-rows'
import { ZCosaReferral, ZDecideCosaReferral } from './circles.schemas'
import { refuseExcludedAssignee } from '../limited-access/excluded-staff'
import { isReferable } from '../offenders/is-referable'
import { lockRow } from '../row-lock'
import type { Tx } from '../db'


/** A COSA provider: an active agency with an active COSA coordinator to receive the referral. */
const isProvider = { active: true, users: { some: { status: 'ACTIVE' as const, roles: { has: 'COSA_COORDINATOR' as const } } } }

export function cosaProviders() {
  return prisma.agency.findMany({
    where: isProvider,
    orderBy: { name: 'asc' },
    select: { id: true, name: true, nameCy: true },
  })
}

/** A circle not yet closed: forming, running or ending. */
const openCircle = { status: { not: 'CLOSED' as const } }
const waiting = { status: { in: ['SUBMITTED' as const, 'WAITLISTED' as const] } }

/**
 * Why a person cannot be referred to COSA now, or null: a COSA referral of theirs waits for a decision
 * (`cosaReferralPending`), or a circle of theirs is not closed (`cosaCircleOpen`) — one circle per core member
 * (break test of issue 16, D2: a person with an active circle was referred again and got a second circle).
 * Input: a client or transaction, the person's id. Output: a validation key or null.
 */
async function referralBlock(db: Pick<Tx, 'cosaReferral' | 'circle'>, offenderId: string) {
  if (await db.cosaReferral.count({ where: { offenderId, ...waiting } })) return 'cosaReferralPending' as const
  if (await db.circle.count({ where: { coreMemberId: offenderId, ...openCircle } })) return 'cosaCircleOpen' as const
  return null
}

/**
 * The person as the refer form drew them: one the actor may refer (else NOT_FOUND), with nothing that blocks a
 * referral (referralBlock, else that reason, stale: the form is gone from the page drawn again, so without the script
 * it is said at the top, break 62 F2). Shared by the refusal of a form's answers (parseAsDrawn: retest 62 F2) and the
 * referral itself, which holds the person's row first (`hold`) so two sent at once record one; only reads otherwise.
 */
async function referableUnblocked(tx: Tx, actor: Actor, offenderId: string, { hold = false } = {}) {
  if (!(await tx.offender.count({ where: { AND: [{ id: offenderId }, offenderReferable(actor)] } }))) throw notFound()
  if (hold) await lockRow(tx, 'Offender', offenderId)
  const blocked = await referralBlock(tx, offenderId)
  if (blocked) throw staleRefusal(blocked)
}

/**
 * Probation or police refer a person they can see to a COSA provider, with the core member's consent to share;
 * refused on `_form` (stale) while referralBlock() names a reason, also before a form's wrong answers (a referral
 * waiting or a circle open since it was drawn, or a person out of reach). Errors: ZodError; NOT_FOUND; VALIDATION.
 */
export async function referToCosa(actor: Actor, input: unknown) {
  authorize(actor, 'cosa.refer')
  const referral = await parseAsDrawn(ZCosaReferral, input, { id: 'offenderId', versioned: false, check: (tx, offenderId) => referableUnblocked(tx, actor, offenderId) })
  return prisma.$transaction(async (tx) => {
    await referableUnblocked(tx, actor, referral.offenderId, { hold: true })
    if (!(await tx.agency.count({ where: { id: referral.providerAgencyId, ...isProvider } }))) throw invalid('providerAgencyId', 'chooseOption')
    const documents = await tx.offenderDocument.count({ where: { id: { in: referral.documentIds }, offenderId: referral.offenderId } })
    if (documents !== new Set(referral.documentIds).size) throw invalid('documentIds', 'chooseOption')
    const created = await tx.cosaReferral.create({ data: { ...referral, referredById: actor.userId } })
    await recordAudit(tx, actor, { action: 'cosa.refer', subjectType: 'CosaReferral', subjectId: created.id, offenderId: referral.offenderId, detail: { providerAgencyId: referral.providerAgencyId, programme: referral.programme } })
    return { id: created.id, offenderId: referral.offenderId }
  })
}

// A referral to the coordinator's provider still waiting for a decision, as the form drew it. Only reads, so the check
// of a refused form (parseAsDrawn) and the decision share it. About someone the coordinator may not see: no decision
// form on their row, and NOT_FOUND by id (h17c item 1). One decided meanwhile is said to be decided: a stale decision
// with a wrong answer vanished without a word, and with good answers said "does not exist" (break 60 F1).
async function undecidedReferral(tx: Tx, actor: Actor, referralId: string, version: number) {
  const referral = await tx.cosaReferral.findFirst({ where: { id: referralId, providerAgencyId: actor.agencyId, offender: laoVisible(actor) } })
  if (!referral) throw notFound()
  if (referral.status !== 'SUBMITTED' && referral.status !== 'WAITLISTED') throw staleRefusal('referralAlreadyDecided')
  if (referral.version !== version) throw new AppError('CONFLICT')
  return referral
}

/**
 * The provider's coordinator accepts (which opens a forming circle round the core member), declines or waitlists,
 * giving reasons for anything but acceptance. Accepting is refused on `decision` (`cosaCircleOpen`) while the person
 * has a circle not closed; the person's row is held, so two referrals accepted at once open one circle (break test
 * of issue 16, D2). Errors: NOT_FOUND (out of reach), CONFLICT (changed meanwhile), stale `_form`
 * referralAlreadyDecided (decided meanwhile), said before any wrong answer of the stale form (break 60 F1).
 */
export async function decideCosaReferral(actor: Actor, input: unknown) {
  authorize(actor, 'cosa.manage')
  const { referralId, version, decision, decisionReason } = await parseAsDrawn(ZDecideCosaReferral, input, { id: 'referralId', check: (tx, id, v) => undecidedReferral(tx, actor, id, v) })
  return prisma.$transaction(async (tx) => {
    const referral = await undecidedReferral(tx, actor, referralId, version)
    if (decision === 'ACCEPTED') {
      await lockRow(tx, 'Offender', referral.offenderId)
      if (await tx.circle.count({ where: { coreMemberId: referral.offenderId, ...openCircle } })) throw invalid('decision', 'cosaCircleOpen')
    }
    const { count } = await tx.cosaReferral.updateMany({
      where: { id: referralId, version },
      data: { status: decision, decisionReason: decisionReason ?? null, decidedById: actor.userId, decidedAt: new Date(), version: { increment: 1 } },
    })
    if (!count) throw new AppError('CONFLICT')
    // The accepting coordinator becomes the circle's coordinator: never one excluded from the core member (sec18b item 3).
    if (decision === 'ACCEPTED') await refuseExcludedAssignee(tx, actor, referral.offenderId, actor.userId, 'decision', 'referralForAnotherCoordinator')
    const circle =
      decision === 'ACCEPTED'
        ? await tx.circle.create({ data: { providerAgencyId: actor.agencyId, coreMemberId: referral.offenderId, referralId, coordinatorId: actor.userId, programme: referral.programme } })
        : null
    await recordAudit(tx, actor, { action: 'cosa.referral.decide', subjectType: 'CosaReferral', subjectId: referralId, offenderId: referral.offenderId, reason: decisionReason ?? null, detail: { decision, circleId: circle?.id ?? null } })
    return { id: referralId, offenderId: referral.offenderId, circleId: circle?.id ?? null }
  })
}

/**
 * Referrals waiting for the coordinator's provider, oldest first. One about someone the coordinator may not see
 * (Limited Access) keeps its place as a redacted row: programme, status and date, no name, CRN or referral id, and no
 * decision form; someone with access decides it (issue 17 defect 6 as a kind, ADR 0023). Only rows shown are audited.
 */
export async function pendingCosaReferrals(actor: Actor) {
  authorize(actor, 'cosa.manage')
  const referrals = await prisma.cosaReferral.findMany({
    where: { providerAgencyId: actor.agencyId, status: { in: ['SUBMITTED', 'WAITLISTED'] } },
    orderBy: { createdAt: 'asc' },
    include: {
      // The shared subset the consent covers: who, and what the referrer wrote; not the case record.
      offender: { select: { ...personHeading, accessRestrictions: laoSelect(actor) } },
      referredBy: { select: { name: true, agency: { select: { name: true, nameCy: true } } } },
    },
  })
  const shown = referrals.filter((r) => !isLimitedFor(actor, r.offender.accessRestrictions))
  await recordAuditEach(prisma, actor, shown.map((r) => ({ action: 'cosa.referral.view', subjectType: 'CosaReferral', subjectId: r.id, offenderId: r.offenderId })))
  return referrals.map(({ offender: { accessRestrictions, ...offender }, ...r }) => (isLimitedFor(actor, accessRestrictions) ? redactedCosaReferral(r) : { ...r, offender, restricted: false as const }))
}

/** A person's COSA referrals, for the record's COSA page, with the providers a new referral can go to. */
export async function getOffenderCosa(actor: Actor, offenderId: string) {
  authorize(actor, 'cosa.refer')
  const offender = await prisma.offender.findFirst({
    where: { AND: [{ id: offenderId }, offenderVisible(actor)] },
    select: {
      ...personHeading,
      documents: { select: { id: true, filename: true }, orderBy: { uploadedAt: 'desc' } },
      cosaReferrals: { orderBy: { createdAt: 'desc' }, include: { providerAgency: { select: { name: true, nameCy: true } }, circle: { select: { status: true, closedOn: true, endingFrom: true } } } },
    },
  }).catch(whenMissing(null))
  if (!offender) throw notFound()
  await recordAudit(prisma, actor, { action: 'cosa.view', subjectType: 'Offender', subjectId: offenderId, offenderId })
  // `referBlocked`: why the form is not offered (its key under "validation"), or null when it is; a person the actor
  // may not write to is not referable at all (ADR 0022), and the page offers no form.
  const referBlocked = await referralBlock(prisma, offenderId)
  return { ...offender, providers: await cosaProviders(), canRefer: !referBlocked && (await isReferable(actor, offenderId)), referBlocked }
}
