import { inLocalisedOrder, localisedName } from '@/lib/localised'

type AgencyWithPeople = { id: string; name: string; nameCy: string | null; users: readonly { id: string; name: string }[] }

/**
 * The "Person" picker of the attendance list: each invited agency's people as "Name — Agency", agency by agency in the
 * reader's language's order of the agencies' names (walk 37 O8b: the Welsh picker followed the English names), each
 * agency's people in the order given. Input: the room's agencies with their users, the locale. Output: options.
 */
export function attendeeAccountOptions(agencies: readonly AgencyWithPeople[], locale: string): { value: string; label: string }[] {
  return inLocalisedOrder(agencies, locale).flatMap((a) => a.users.map((u) => ({ value: u.id, label: `${u.name} — ${localisedName(a, locale)}` })))
}
