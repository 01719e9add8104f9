// Pure: the minutes page and the minutes PDF build these parts of the minutes the same way (issue 16 item 3).

type Person = { name: string; agency: { name: string; nameCy: string | null } | null }
type Attendee = { userId: string | null; name: string; agency: { name: string; nameCy: string | null } }
type Item = { status: string; restricted: boolean; position: number; offender: { crn: string; firstName: string; lastName: string }; actions: unknown[] }

/**
 * Who the minutes go to: the chair, then everyone on the attendance list with a Llwybr account (present, absent or
 * sending apologies), each once. These are the readers `meetingReadable` lets in; no one else gets them unasked.
 */
export function distributionList(m: { chairId: string; chair: { name: string }; attendance: Attendee[] }): (Person & { chair: boolean })[] {
  const seen = new Set([m.chairId])
  const rest = m.attendance.filter((a) => a.userId !== null && !seen.has(a.userId) && seen.add(a.userId))
  return [{ name: m.chair.name, agency: null, chair: true }, ...rest.map((a) => ({ name: a.name, agency: a.agency, chair: false }))]
}

/** Every action agreed at the meeting, nominal by nominal in agenda order; items about people the reader may not see carry none. */
export function actionsSummary<I extends Item>(items: I[]): { item: I; action: I['actions'][number] }[] {
  return items.filter((i) => i.status === 'LISTED' && !i.restricted).flatMap((item) => item.actions.map((action) => ({ item, action })))
}

/** The disclosure decision as the minutes word it: a catalogue key under `mappaChair.minutes` and its values. */
export function disclosureText(i: { disclosureConsidered: boolean | null; disclosureTo: string | null; disclosureBy: string | null; disclosureReason: string | null }): { key: 'disclosureYes' | 'disclosureNo'; values: Record<string, string> } | null {
  if (i.disclosureConsidered === null) return null
  return i.disclosureConsidered
    ? { key: 'disclosureYes', values: { to: i.disclosureTo ?? '', by: i.disclosureBy ?? '', reason: i.disclosureReason ?? '' } }
    : { key: 'disclosureNo', values: {} }
}
