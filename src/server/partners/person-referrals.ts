import 'server-only'
import { z } from 'zod'
import { todayInLondon } from '../../lib/dates'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { notFound } from '../errors'
import { personHeading } from '../offenders/person-heading'
import { authorize, can, offenderVisible, type Actor } from '../policy'
import { isReferable } from '../offenders/is-referable'
import { pathwaysFor, servicesFor } from './eligibility'
import { needLabels, updateSelect, withAgencies } from './referral-view'
import { serviceLevelClock } from './service-level'

const referralView = {
  id: true,
  status: true,
  pathway: true,
  priority: true,
  reason: true,
  consentToShare: true,
  needIds: true,
  createdAt: true,
  decisionReason: true,
  firstAppointmentAt: true,
  assessedOn: true,
  carePlan: true,
  carePlanStartedOn: true,
  outcome: true,
  outcomeNote: true,
  closedAt: true,
  version: true,
  service: { select: { name: true, nameCy: true, substanceMisuse: true, contactEmail: true, contactPhone: true, providerAgency: { select: { name: true, nameCy: true } } } },
  referredBy: { select: { name: true } },
  caseworker: { select: { name: true } },
  updates: { orderBy: { createdAt: 'asc' as const }, select: updateSelect },
} as const

/** Services a person can be referred to today, and for a chosen one its pathways for them and the needs to tick. */
async function referralChoices(person: Parameters<typeof servicesFor>[0], serviceId: string | undefined) {
  const services = await prisma.partnerService.findMany({
    where: servicesFor(person, todayInLondon()),
    orderBy: { name: 'asc' },
    select: { id: true, name: true, nameCy: true, substanceMisuse: true, pathways: true, providerAgency: { select: { name: true, nameCy: true } } },
  })
  const chosen = services.find((s) => s.id === serviceId) ?? null
  const pathways = chosen ? pathwaysFor(person, chosen.pathways) : []
  const needs = pathways.length
    ? await prisma.supportNeed.findMany({ where: { active: true, pathway: { in: pathways } }, orderBy: [{ pathway: 'asc' }, { sortOrder: 'asc' }, { label: 'asc' }], select: { id: true, pathway: true, label: true, labelCy: true } })
    : []
  return { services, chosen: chosen && { ...chosen, pathways, needs } }
}

/**
 * A person's referrals to partner services, for anyone who may see the record: status, service, pathway, the
 * service-level clock and every update with its agency. The offender manager also gets what a new referral needs.
 */
export async function getPersonReferrals(actor: Actor, offenderId: unknown, serviceId?: string) {
  authorize(actor, 'offender.read')
  const id = z.uuid().safeParse(offenderId)
  if (!id.success) throw notFound()
  const person = await prisma.offender.findFirst({
    where: { AND: [{ id: id.data }, offenderVisible(actor)] },
    select: { ...personHeading, sex: true, dateOfBirth: true, ldu: { select: { region: true } }, partnerReferrals: { orderBy: { createdAt: 'desc' }, select: referralView } },
  })
  if (!person) throw notFound()
  await recordAudit(prisma, actor, { action: 'partner.referrals.view', subjectType: 'Offender', subjectId: person.id, offenderId: person.id })
  const canRefer = can(actor, 'partner.refer') && (await isReferable(actor, person.id))
  const labels = await needLabels(person.partnerReferrals.flatMap((r) => r.needIds))
  const referrals = await Promise.all(
    person.partnerReferrals.map(async (r) => ({ ...r, clock: serviceLevelClock(r), needs: r.needIds.flatMap((n) => labels.get(n) ?? []), updates: await withAgencies(r.updates) })),
  )
  const { partnerReferrals: _all, sex: _sex, dateOfBirth: _dob, ldu: _ldu, ...heading } = person
  return { person: heading, referrals, canRefer, choices: canRefer ? await referralChoices(person, serviceId) : null }
}
