import { addYears } from 'date-fns'
import { z } from 'zod'
import { todayInLondon } from '../../lib/dates'
import { volunteerStages } from './pipeline'
import { asDate, blank, checkbox, clockTime, confirmed, emailAddress, legalName, trimInvisible, trimmedText, typedCrn } from '../zod-fields'
import { decimalText, version, wholeNumberIn } from '../zod-numbers'
import { bornAtLeast, dayNotInFuture, isoDay } from '../zod-dates'

const optionalText = (max: number) => z.preprocess(blank, trimmedText().max(max).optional())

const ref = { volunteerId: z.uuid(), version }

/** An enquiry: who they are and where they could serve. Volunteers are adults (domain rule: under 18 refused). */
export const ZEnquiry = z.object({
  firstName: legalName(),
  lastName: legalName(),
  email: emailAddress(),
  phone: optionalText(40),
  // A mistyped year in the future is told so before the age rule, as a person's is (review 66 K1).
  dateOfBirth: bornAtLeast(18, 'under18').transform(asDate),
  gender: optionalText(40),
  homeArea: trimmedText().min(1).max(120),
  travelRadiusMiles: z.preprocess(blank, wholeNumberIn(0, 200).optional()),
  welshSpeaker: checkbox,
  // A skill that draws nothing is none, and the rest are trimmed as trimmedText trims (break 60 F8: a skill of U+200B was saved).
  skills: z.preprocess((v) => (typeof v === 'string' ? v.split(',').filter((s) => blank(s) !== undefined).map(trimInvisible) : (v ?? [])), z.array(z.string().max(60)).max(20)),
})

export const ZChangeStage = z
  .object({ ...ref, toStage: z.enum(volunteerStages, 'chooseOption'), note: optionalText(1000), confirm: confirmed.optional() })
  // Leaving is recorded with its reason: the provider may be asked why later (safeguarding).
  .refine((c) => c.toStage !== 'LEFT' || c.note, { path: ['note'], message: 'reasonRequired' })

export const ZRecordDbs = z
  .object({ ...ref, dbsNumber: trimmedText().regex(/^\d{12}$/, 'invalidDbs'), dbsIssuedOn: dayNotInFuture() })
  .transform(({ dbsIssuedOn, ...d }) => ({ ...d, dbsIssuedOn: asDate(dbsIssuedOn), dbsExpiresOn: addYears(asDate(dbsIssuedOn), 3) }))

export const ZRecordTraining = z
  .object({
    ...ref,
    trainingCompletedOn: dayNotInFuture(),
    trainingTrainer: trimmedText().min(1).max(120),
    trainingExpiresOn: z.preprocess(blank, isoDay().optional()),
    /** Whole hours, for the volunteer hours funders are given (issue 16 item 12); empty if not known. */
    trainingHours: z.preprocess(blank, wholeNumberIn(1, 100).optional()),
  })
  .refine((t) => !t.trainingExpiresOn || t.trainingExpiresOn > t.trainingCompletedOn, { path: ['trainingExpiresOn'], message: 'refresherNotAfterTraining' })
  .transform(({ trainingHours, ...t }) => ({ ...t, trainingCompletedOn: asDate(t.trainingCompletedOn), trainingExpiresOn: t.trainingExpiresOn ? asDate(t.trainingExpiresOn) : null, trainingMinutes: trainingHours ? trainingHours * 60 : null }))

export const ZRecordReferences = z.object({ ...ref, referencesReceived: wholeNumberIn(0, 5) })

const ofVolunteer = { volunteerId: z.uuid() }

export const ZAddAvailability = z
  .object({ ...ofVolunteer, weekday: decimalText(z.coerce.number('chooseOption').int().min(1, 'chooseOption').max(7, 'chooseOption')), fromTime: clockTime, toTime: clockTime })
  .refine((a) => a.fromTime < a.toTime, { path: ['toTime'], message: 'timeOrder' })
export const ZRemoveAvailability = z.object({ ...ofVolunteer, availabilityId: z.uuid() })

export const ZAddLeave = z
  .object({ ...ofVolunteer, fromDate: isoDay(), toDate: isoDay().refine((d) => d >= todayInLondon(), 'notInPast'), note: optionalText(200) })
  .refine((l) => l.toDate >= l.fromDate, { path: ['toDate'], message: 'leaveEndBeforeStart' })
  .transform((l) => ({ ...l, fromDate: asDate(l.fromDate), toDate: asDate(l.toDate) }))
export const ZRemoveLeave = z.object({ ...ofVolunteer, leaveId: z.uuid() })

export const ZAddNonAssociation = z.object({ ...ofVolunteer, crn: typedCrn(), reason: trimmedText().min(1).max(500) })
export const ZSetCircleLimit = z.object({ ...ref, maxCircles: wholeNumberIn(1, 6) })
