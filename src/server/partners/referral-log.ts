import 'server-only'
import type { Pathway } from '../../generated/prisma/enums'
import { partnerEvent } from '../../lib/contact-events'
import type { AuditAction } from '../audit/audit-actions'
import { recordAudit } from '../audit/record-audit'
import type { Tx } from '../db'
import type { Actor } from '../policy'
import type { UpdateKind } from './referral.schemas'

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

/**
 * Records one step on a referral, in the transaction of the change: the update in the referral's history, the partner
 * update on the person's timeline (by the acting agency, so the offender manager sees it all), and the audit row.
 * The timeline entry is the step as an event plus values, put into words in each reader's language when read
 * (issue 15 item 2); its notes are only what the person wrote. `facts`: the step's date, time, outcome or priority.
 */
export async function logStep(tx: Tx, actor: Actor, referral: StepSubject, kind: UpdateKind, note: string, facts: Parameters<typeof partnerEvent>[2] = {}) {
  const contact = await tx.contact.create({
    data: {
      offenderId: referral.offenderId,
      type: 'PARTNER_UPDATE',
      occurredAt: new Date(),
      notes: note.slice(0, CONTACT_NOTES_MAX),
      ...partnerEvent(kind, referral, facts),
      authorId: actor.userId,
      authorAgencyId: actor.agencyId,
    },
  })
  await tx.partnerReferralUpdate.create({ data: { referralId: referral.id, kind, note, authorId: actor.userId, authorAgencyId: actor.agencyId, contactId: contact.id } })
  await recordAudit(tx, actor, { action: auditAction[kind], subjectType: 'PartnerReferral', subjectId: referral.id, offenderId: referral.offenderId, detail: { kind, contactId: contact.id } })
}
