import 'server-only'
import type { AuditAction } from '../audit/audit-actions'
import { createFormatter, createTranslator, type AbstractIntlMessages } from 'use-intl/core'
import type { Locale, Pathway } from '../../generated/prisma/enums'
import cy from '../../i18n/messages/cy'
import en from '../../i18n/messages/en'
import { TIME_ZONE } from '../../lib/dates'
import { localisedName } from '../../lib/localised'
import { recordAudit } from '../audit/record-audit'
import type { Tx } from '../db'
import type { Actor } from '../policy'
import type { UpdateKind } from './referral.schemas'

const catalogues: Record<Locale, AbstractIntlMessages> = { en, cy }
const auditAction: Record<UpdateKind, AuditAction> = {
  REFERRED: 'partner.refer',
  ACCEPTED: 'partner.referral.accept',
  REJECTED: 'partner.referral.reject',
  FIRST_APPOINTMENT: 'partner.referral.appointment',
  ASSESSED: 'partner.referral.assess',
  CARE_PLAN: 'partner.referral.carePlan',
  PROGRESS: 'partner.referral.progress',
  CLOSED: 'partner.referral.close',
  WITHDRAWN: 'partner.referral.withdraw',
}
const CONTACT_NOTES_MAX = 4000

/** What a step needs to know about its referral: whose it is, to which service, on which pathway. */
export const stepSubject = {
  id: true,
  offenderId: true,
  status: true,
  pathway: true,
  createdAt: true,
  service: { select: { name: true, nameCy: true, substanceMisuse: true } },
} as const
export type StepSubject = { id: string; offenderId: string; pathway: Pathway; service: { name: string; nameCy: string | null } }

/** A day or a moment as the author reads it, for the words of a timeline entry. */
export function formatForNote(locale: Locale, value: Date, withTime: boolean): string {
  const format = createFormatter({ locale, timeZone: withTime ? TIME_ZONE : 'UTC' })
  return format.dateTime(value, withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' })
}

/** The timeline entry for a step, in its author's language: a contact is written once, by whoever took the step. */
export function timelineNote(locale: Locale, kind: UpdateKind, referral: StepSubject, values: Record<string, string>): string {
  // The catalogues are untyped here (as in the pages), so the keys are plain strings.
  const t = createTranslator({ locale, messages: catalogues[locale], timeZone: TIME_ZONE }) as unknown as (key: string, values?: Record<string, string>) => string
  const text = t(`partnerTimeline.${kind}`, { service: localisedName(referral.service, locale), pathway: t(`plan.pathway.${referral.pathway}`), note: '', ...values }).trim()
  return text.length > CONTACT_NOTES_MAX ? `${text.slice(0, CONTACT_NOTES_MAX - 1)}…` : text
}

/**
 * Records one step on a referral, in the transaction of the change: the update in the referral's history, the partner
 * update on the person's timeline (by the acting agency, so the offender manager sees it all), and the audit row.
 */
export async function logStep(tx: Tx, actor: Actor, referral: StepSubject, kind: UpdateKind, note: string, values: Record<string, string> = {}) {
  const contact = await tx.contact.create({
    data: {
      offenderId: referral.offenderId,
      type: 'PARTNER_UPDATE',
      occurredAt: new Date(),
      notes: timelineNote(actor.locale, kind, referral, { note, ...values }),
      authorId: actor.userId,
      authorAgencyId: actor.agencyId,
    },
  })
  await tx.partnerReferralUpdate.create({ data: { referralId: referral.id, kind, note, authorId: actor.userId, authorAgencyId: actor.agencyId, contactId: contact.id } })
  await recordAudit(tx, actor, { action: auditAction[kind], subjectType: 'PartnerReferral', subjectId: referral.id, offenderId: referral.offenderId, detail: { kind, contactId: contact.id } })
}
