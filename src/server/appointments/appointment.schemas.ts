import { z } from 'zod'
import { futureLondonTime } from '../zod-fields'

const blank = (v: unknown) => (v === '' || v === null ? undefined : v)
const version = z.coerce.number().int().min(1)
const text = (max: number) => z.string().trim().max(max)

const futureTime = futureLondonTime

export const ZArrangeAppointment = z.object({
  offenderId: z.uuid(),
  occurredAt: futureTime,
  location: z.preprocess(blank, text(200).optional()),
  notes: text(4000).min(1),
  idempotencyKey: z.uuid(),
})

export const ZRescheduleAppointment = z.object({ contactId: z.uuid(), version, occurredAt: futureTime, location: z.preprocess(blank, text(200).optional()) })

export const ZCancelAppointment = z.object({ contactId: z.uuid(), version, cancelReason: text(500).min(1) })

export const appointmentOutcomes = ['ATTENDED', 'FAILED_TO_ATTEND', 'ACCEPTABLE_ABSENCE'] as const

export const ZRecordOutcome = z
  .object({
    contactId: z.uuid(),
    version,
    outcome: z.enum(appointmentOutcomes, 'chooseOption'),
    absenceReason: z.preprocess(blank, text(500).optional()),
    notes: z.preprocess(blank, text(4000).optional()),
  })
  // National Standards: an absence is acceptable only with a reason the officer records.
  .refine((o) => o.outcome !== 'ACCEPTABLE_ABSENCE' || Boolean(o.absenceReason), { path: ['absenceReason'], message: 'reasonRequired' })
