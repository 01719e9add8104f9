import 'server-only'
import type { Tx } from '../db'
import { appointmentStaffKeptOut, newlyUnattended, type TAppointmentKeptOut } from '../appointments/staff-kept-out'
import { newlyKeptOut, servingVolunteersKeptOut, type TServingVolunteer } from '../cosa/kept-out'
import { chairsKeptOut, newlyChairless, type TChairKeptOut } from '../mappa/chairs-kept-out'

type TKeptOutNow = { volunteers: TServingVolunteer[]; chairs: TChairKeptOut[]; appointments: TAppointmentKeptOut[] }

/**
 * Whom a person's Limited Access lists keep out now, of those a change must tell the senior about: COSA volunteers
 * serving in the person's circle (break 28 D6), chairs of coming MAPPA meetings with the person on the agenda (walk
 * 34 O4) and staff members of the person's coming appointments (break 65 F5). Read before and after a change, in its
 * transaction. Input: the transaction, the person's offender id.
 */
export async function keptOutNow(tx: Pick<Tx, 'cosaVolunteer' | 'accessRestriction' | 'mappaAgendaItem' | 'contact'>, offenderId: string): Promise<TKeptOutNow> {
  return { volunteers: await servingVolunteersKeptOut(tx, offenderId), chairs: await chairsKeptOut(tx, offenderId), appointments: await appointmentStaffKeptOut(tx, offenderId) }
}

/** Both of two people's `keptOutNow`, as one: what a merge of their records reads before it (break 65 F5). */
export const keptOutOfEither = (a: TKeptOutNow, b: TKeptOutNow): TKeptOutNow => ({
  volunteers: [...a.volunteers, ...b.volunteers],
  chairs: [...a.chairs, ...b.chairs],
  appointments: [...a.appointments, ...b.appointments],
})

/**
 * What a change of the lists did beyond itself, from `keptOutNow` before and after it: `audit` (account, meeting and
 * appointment ids, for the audit detail) and `told` (the volunteers' names, sorted; each meeting's { startsAt,
 * chairName } and each appointment's { contactId, startsAt, staffName }, soonest first: what the form says).
 */
export function changeConsequences(before: TKeptOutNow, after: TKeptOutNow) {
  const volunteers = newlyKeptOut(before.volunteers, after.volunteers)
  const chairs = newlyChairless(before.chairs, after.chairs)
  const appointments = newlyUnattended(before.appointments, after.appointments)
  return {
    audit: { keptOutOfCircle: volunteers.map((v) => v.userId), chairKeptOutOf: chairs.map((m) => m.meetingId), staffKeptOutOf: appointments.map((a) => a.contactId) },
    told: {
      keptOutOfCircle: volunteers.map((v) => v.name),
      chairKeptOutOf: chairs.map(({ startsAt, chairName }) => ({ startsAt, chairName })),
      staffKeptOutOf: appointments.map(({ contactId, startsAt, staffName }) => ({ contactId, startsAt, staffName })),
    },
  }
}
