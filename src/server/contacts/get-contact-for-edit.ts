import 'server-only'
import { whenMissing } from '../missing-record'
import { prisma } from '../db'
import { notFound } from '../errors'
import { authorize, can, offenderWritable, type Actor } from '../policy'
import { recordAudit } from '../audit/record-audit'
import { enforcementOutcomes } from '../enforcement/enforcement-rules'

/** A free contact the actor wrote, for the edit form. Anyone else's contact, or a flow's, answers NOT_FOUND. */
export async function getContactForEdit(actor: Actor, contactId: string, offenderId: string) {
  authorize(actor, 'contact.update')
  const contact = await prisma.contact.findFirst({
    where: {
      id: contactId,
      offenderId,
      authorId: actor.userId,
      // Only free contacts are edited here; appointments and enforcement entries belong to their flows.
      type: { not: 'APPOINTMENT' },
      OR: [{ outcome: null }, { outcome: { notIn: [...enforcementOutcomes] } }],
      // The write scope, as for adding one: a break-glass opening reads, it never writes (walk 53 F3).
        offender: offenderWritable(actor),
      ...(can(actor, 'contact.readSensitive') ? {} : { isSensitive: false }),
    },
    select: { id: true, offenderId: true, type: true, occurredAt: true, notes: true, isSensitive: true, version: true, offender: { select: { crn: true, firstName: true, lastName: true } } },
  }).catch(whenMissing(null))
  if (!contact) throw notFound()
  await recordAudit(prisma, actor, { action: 'contact.view', subjectType: 'Contact', subjectId: contact.id, offenderId: contact.offenderId })
  return contact
}
