import 'server-only'
import { parseAsDrawn } from '../as-drawn'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { invalid } from '../errors'
import { authorize, type Actor } from '../policy'
import { ZRecordOutcome } from './appointment.schemas'
import { appointmentAsDrawn, loadWritableAppointment, saveAppointment } from './load-appointment'

/**
 * Records what happened at an appointment that has taken place. A failure to attend without an acceptable
 * reason opens the enforcement record in the same transaction, so it cannot be forgotten.
 */
export async function recordOutcome(actor: Actor, input: unknown) {
  authorize(actor, 'appointment.manage')
  const data = await parseAsDrawn(ZRecordOutcome, input, appointmentAsDrawn(actor))
  return prisma.$transaction(async (tx) => {
    const appointment = await loadWritableAppointment(tx, actor, data.contactId, data.version)
    if (appointment.occurredAt.getTime() > Date.now()) throw invalid('outcome', 'outcomeInFuture')
    await saveAppointment(tx, appointment.id, data.version, {
      outcome: data.outcome,
      absenceReason: data.outcome === 'ACCEPTABLE_ABSENCE' ? data.absenceReason : null,
      outcomeRecordedAt: new Date(),
      ...(data.notes ? { notes: `${appointment.notes}\n\n${data.notes}` } : {}),
    })
    const enforcement =
      data.outcome === 'FAILED_TO_ATTEND'
        ? await tx.enforcementAction.create({ data: { offenderId: appointment.offenderId, failureContactId: appointment.id }, select: { id: true } })
        : null
    await recordAudit(tx, actor, {
      action: 'appointment.outcome',
      subjectType: 'Contact',
      subjectId: appointment.id,
      offenderId: appointment.offenderId,
      detail: { outcome: data.outcome, enforcementId: enforcement?.id ?? null },
    })
    return { id: appointment.id, offenderId: appointment.offenderId, enforcementId: enforcement?.id ?? null }
  })
}
