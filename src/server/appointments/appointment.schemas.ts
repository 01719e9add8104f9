import { z } from 'zod'
import { blank, checkbox, futureLondonTime, trimmedText } from '../zod-fields'
import { version, wholeNumberWithin } from '../zod-numbers'
import { MAX_DURATION_MINUTES, MIN_DURATION_MINUTES } from './clash-rules'

const text = (max: number) => trimmedText().max(max)

const futureTime = futureLondonTime

/** How an appointment is held (issue 13); the order the form lists them in. */
export const appointmentTypes = ['OFFICE', 'HOME_VISIT', 'TELEPHONE', 'VIDEO', 'PROGRAMME_SESSION', 'UNPAID_WORK', 'THREE_WAY'] as const
export type TAppointmentType = (typeof appointmentTypes)[number]

/**
 * Types held at a place, so a location is required (docs/decisions/0007-appointments-and-the-diary.md). Telephone,
 * video and three-way meetings (often a call with the partner) may have none.
 */
export const placedTypes: readonly TAppointmentType[] = ['OFFICE', 'HOME_VISIT', 'PROGRAMME_SESSION', 'UNPAID_WORK']
export const needsLocation = (type: TAppointmentType | null) => placedTypes.includes(type ?? 'OFFICE')

/** Minutes, whole, 5 to 480; an empty field means the default hour. */
const duration = z.preprocess(
  blank,
  wholeNumberWithin(MIN_DURATION_MINUTES, MAX_DURATION_MINUTES, { notNumber: { error: (issue) => (issue.code === 'invalid_type' ? 'invalidNumber' : undefined) } }).optional(),
)
/** The "arrange anyway" box: ticked only when the user has read the clash warnings. */
const location = z.preprocess(blank, text(200).optional())

export const ZArrangeAppointment = z
  .object({
    offenderId: z.uuid(),
    occurredAt: futureTime,
    appointmentType: z.enum(appointmentTypes, 'chooseOption').default('OFFICE'),
    durationMinutes: duration.transform((v) => v ?? 60),
    // Who will see the person; absent means the arranging officer.
    staffId: z.preprocess(blank, z.uuid('staffNotAvailable').optional()),
    location,
    notes: text(4000).min(1),
    confirm: checkbox,
    idempotencyKey: z.uuid(),
  })
  .refine((a) => !needsLocation(a.appointmentType) || Boolean(a.location), { path: ['location'], message: 'locationRequired' })

export const ZRescheduleAppointment = z.object({ contactId: z.uuid(), version, occurredAt: futureTime, durationMinutes: duration, location, confirm: checkbox })

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
