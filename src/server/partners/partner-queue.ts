import 'server-only'
import { z } from 'zod'
import { recordAudit, recordAuditEach } from '../audit/record-audit'
import { prisma } from '../db'
import { notFound } from '../errors'
import { authorize, type Actor } from '../policy'
import { partnerPersonSelect, partnerPersonVisible, partnerReferralClosed, partnerReferralOpen, partnerReferralScope, partnerUpdateVisible } from '../policy/partner-scopes'
import { needLabels, updateSelect, withAgencies } from './referral-view'
import { byServiceLevelUrgency, serviceLevelClock } from './service-level'

const CLOSED_SHOWN = 20

/** What a caseworker may know of any referral to their service, open or closed: nothing about the person. */
const referralSelect = {
  id: true,
  offenderId: true,
  status: true,
  pathway: true,
  priority: true,
  createdAt: true,
  decidedAt: true,
  firstAppointmentAt: true,
  assessedOn: true,
  carePlanStartedOn: true,
  outcome: true,
  outcomeNote: true,
  closedAt: true,
  version: true,
  service: { select: { name: true, nameCy: true, substanceMisuse: true } },
  caseworker: { select: { name: true } },
} as const

/** The clock on each row; the person's internal id stays in the data layer. */
const withClock = <R extends Parameters<typeof serviceLevelClock>[0] & { offenderId: string }>({ offenderId: _offenderId, ...r }: R) => ({ ...r, clock: serviceLevelClock(r) })

/**
 * The caseworker's work: referrals waiting for a decision and those they are working (with the person's details and
 * the service-level clock, breached and near-breach first), and the most recently closed (with none). Every referral
 * shown is audited.
 */
export async function partnerQueue(actor: Actor) {
  authorize(actor, 'partner.work')
  const [open, closed] = await Promise.all([
    prisma.partnerReferral.findMany({ where: partnerReferralOpen(actor), orderBy: { createdAt: 'asc' }, select: { ...referralSelect, offender: { select: partnerPersonSelect } } }),
    prisma.partnerReferral.findMany({ where: partnerReferralClosed(actor), orderBy: { closedAt: 'desc' }, take: CLOSED_SHOWN, select: referralSelect }),
  ])
  await recordAuditEach(prisma, actor, [...open, ...closed].map((r) => ({ action: 'partner.referral.view', subjectType: 'PartnerReferral', subjectId: r.id, offenderId: r.offenderId })))
  // Breached and near-breach clocks first, so the referrals that need the caseworker today head each list.
  const opened = byServiceLevelUrgency(open.map(withClock))
  return { incoming: opened.filter((r) => r.status === 'SUBMITTED'), working: opened.filter((r) => r.status === 'ACCEPTED'), closed: closed.map(withClock) }
}

/**
 * One referral to the caseworker's service. While open: the referral as made (reason, pathway, needs, consent) and the
 * person's contact details. Once closed: the outcome and only the history their agency wrote.
 */
export async function getPartnerReferral(actor: Actor, id: unknown) {
  authorize(actor, 'partner.work')
  const parsed = z.uuid().safeParse(id)
  if (!parsed.success) throw notFound()
  const referral = await prisma.partnerReferral.findFirst({
    where: { AND: [{ id: parsed.data }, partnerReferralScope(actor)] },
    select: { ...referralSelect, updates: { where: partnerUpdateVisible(actor), orderBy: { createdAt: 'asc' }, select: updateSelect } },
  })
  if (!referral) throw notFound()
  const open = await prisma.partnerReferral.findFirst({
    where: { AND: [{ id: referral.id }, partnerReferralOpen(actor)] },
    select: { reason: true, needIds: true, consentToShare: true, carePlan: true, referredBy: { select: { name: true, agency: { select: { name: true, nameCy: true } } } } },
  })
  const person = open ? await prisma.offender.findFirst({ where: { AND: [{ id: referral.offenderId }, partnerPersonVisible(actor)] }, select: partnerPersonSelect }) : null
  await recordAudit(prisma, actor, { action: 'partner.referral.view', subjectType: 'PartnerReferral', subjectId: referral.id, offenderId: referral.offenderId })
  const labels = await needLabels(open?.needIds ?? [])
  return {
    ...withClock(referral),
    updates: await withAgencies(referral.updates),
    work: open && person ? { ...open, person, needs: open.needIds.flatMap((n) => labels.get(n) ?? []) } : null,
  }
}
