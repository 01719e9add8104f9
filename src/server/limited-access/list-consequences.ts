import 'server-only'
import type { Tx } from '../db'
import { newlyKeptOut, servingVolunteersKeptOut, type TServingVolunteer } from '../cosa/kept-out'
import { chairsKeptOut, newlyChairless, type TChairKeptOut } from '../mappa/chairs-kept-out'

type TKeptOutNow = { volunteers: TServingVolunteer[]; chairs: TChairKeptOut[] }

/**
 * Whom a person's Limited Access lists keep out now, of those a change must tell the senior about: COSA volunteers
 * serving in the person's circle (break 28 D6) and chairs of coming MAPPA meetings with the person on the agenda (walk
 * 34 O4). Read before and after a change, in its transaction. Input: the transaction, the person's offender id.
 */
export async function keptOutNow(tx: Pick<Tx, 'cosaVolunteer' | 'accessRestriction' | 'mappaAgendaItem'>, offenderId: string): Promise<TKeptOutNow> {
  return { volunteers: await servingVolunteersKeptOut(tx, offenderId), chairs: await chairsKeptOut(tx, offenderId) }
}

/**
 * What a change of the lists did beyond itself, from `keptOutNow` before and after it: `audit` (account and meeting
 * ids, for the audit detail) and `told` (the volunteers' names, sorted; each meeting's { startsAt, chairName }, soonest
 * first: what the form says).
 */
export function changeConsequences(before: TKeptOutNow, after: TKeptOutNow) {
  const volunteers = newlyKeptOut(before.volunteers, after.volunteers)
  const chairs = newlyChairless(before.chairs, after.chairs)
  return {
    audit: { keptOutOfCircle: volunteers.map((v) => v.userId), chairKeptOutOf: chairs.map((m) => m.meetingId) },
    told: { keptOutOfCircle: volunteers.map((v) => v.name), chairKeptOutOf: chairs.map(({ startsAt, chairName }) => ({ startsAt, chairName })) },
  }
}
