import 'server-only'
import { personHeading } from '../offenders/person-heading'
import { recordAudit, recordAuditEach } from '../audit/record-audit'
import { prisma } from '../db'
import { AppError, invalid, notFound } from '../errors'
import { authorize, offenderReferable, offenderVisible, type Actor } from '../policy'
import { ZCosaReferral, ZDecideCosaReferral } from './circles.schemas'
import { refuseExcludedAssignee } from '../limited-access/excluded-staff'
import { isReferable } from '../offenders/is-referable'


/** A COSA provider: an active agency with an active COSA coordinator to receive the referral. */
const isProvider = { active: true, users: { some: { status: 'ACTIVE' as const, roles: { has: 'COSA_COORDINATOR' as const } } } }

export function cosaProviders() {
  return prisma.agency.findMany({
    where: isProvider,
    orderBy: { name: 'asc' },
    select: { id: true, name: true, nameCy: true },
  })
}

/** Probation or police refer a person they can see to a COSA provider, with the core member's consent to share. */
export async function referToCosa(actor: Actor, input: unknown) {
  authorize(actor, 'cosa.refer')
  const referral = ZCosaReferral.parse(input)
  return prisma.$transaction(async (tx) => {
    if (!(await tx.offender.count({ where: { AND: [{ id: referral.offenderId }, offenderReferable(actor)] } }))) throw notFound()
    if (!(await tx.agency.count({ where: { id: referral.providerAgencyId, ...isProvider } }))) throw invalid('providerAgencyId', 'chooseOption')
    if (await tx.cosaReferral.count({ where: { offenderId: referral.offenderId, status: { in: ['SUBMITTED', 'WAITLISTED'] } } })) throw invalid('_form', 'referralPending')
    const documents = await tx.offenderDocument.count({ where: { id: { in: referral.documentIds }, offenderId: referral.offenderId } })
    if (documents !== new Set(referral.documentIds).size) throw invalid('documentIds', 'chooseOption')
    const created = await tx.cosaReferral.create({ data: { ...referral, referredById: actor.userId } })
    await recordAudit(tx, actor, { action: 'cosa.refer', subjectType: 'CosaReferral', subjectId: created.id, offenderId: referral.offenderId, detail: { providerAgencyId: referral.providerAgencyId, programme: referral.programme } })
    return { id: created.id, offenderId: referral.offenderId }
  })
}

/**
 * The provider's coordinator accepts (which opens a forming circle round the core member), declines or waitlists,
 * giving reasons for anything but acceptance.
 */
export async function decideCosaReferral(actor: Actor, input: unknown) {
  authorize(actor, 'cosa.manage')
  const { referralId, version, decision, decisionReason } = ZDecideCosaReferral.parse(input)
  return prisma.$transaction(async (tx) => {
    const referral = await tx.cosaReferral.findFirst({ where: { id: referralId, providerAgencyId: actor.agencyId, status: { in: ['SUBMITTED', 'WAITLISTED'] } } })
    if (!referral) throw notFound()
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

/** Referrals waiting for the coordinator's provider, oldest first. */
export async function pendingCosaReferrals(actor: Actor) {
  authorize(actor, 'cosa.manage')
  const referrals = await prisma.cosaReferral.findMany({
    where: { providerAgencyId: actor.agencyId, status: { in: ['SUBMITTED', 'WAITLISTED'] } },
    orderBy: { createdAt: 'asc' },
    include: {
      // The shared subset the consent covers: who, and what the referrer wrote; not the case record.
      offender: { select: personHeading },
      referredBy: { select: { name: true, agency: { select: { name: true, nameCy: true } } } },
    },
  })
  await recordAuditEach(prisma, actor, referrals.map((r) => ({ action: 'cosa.referral.view', subjectType: 'CosaReferral', subjectId: r.id, offenderId: r.offenderId })))
  return referrals
}

/** A person's COSA referrals, for the record's COSA page, with the providers a new referral can go to. */
export async function getOffenderCosa(actor: Actor, offenderId: string) {
  authorize(actor, 'cosa.refer')
  const offender = await prisma.offender.findFirst({
    where: { AND: [{ id: offenderId }, offenderVisible(actor)] },
    select: {
      ...personHeading,
      documents: { select: { id: true, filename: true }, orderBy: { uploadedAt: 'desc' } },
      cosaReferrals: { orderBy: { createdAt: 'desc' }, include: { providerAgency: { select: { name: true, nameCy: true } }, circle: { select: { status: true } } } },
    },
  }).catch(() => null)
  if (!offender) throw notFound()
  await recordAudit(prisma, actor, { action: 'cosa.view', subjectType: 'Offender', subjectId: offenderId, offenderId })
  const canRefer = !offender.cosaReferrals.some((r) => r.status === 'SUBMITTED' || r.status === 'WAITLISTED') && (await isReferable(actor, offenderId))
  return { ...offender, providers: await cosaProviders(), canRefer }
}
