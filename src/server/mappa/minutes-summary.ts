// Pure: the minutes page and the minutes PDF build these parts of the minutes the same way (issue 16 item 3).

type Agency = { name: string; nameCy: string | null }
type Person = { name: string; agency: Agency }
type Attendee = { userId: string | null; name: string; agency: Agency }
type Item = { status: string; restricted: boolean; position: number; offender: { crn: string; firstName: string; lastName: string }; actions: unknown[] }

/**
 * Who the minutes go to: the chair (with their agency: re-check of issue 16, D5), then everyone on the attendance list (present, absent or sending apologies), each
 * once, with their agency. Those with a Llwybr account read them there (the readers `meetingReadable` lets in); those
 * without one are listed too, marked `account: false`, because MAPPA minutes go to everyone invited and the
 * coordinator sends them a copy (issue 16 item 3; left item 3: attendees without an account who sent apologies were
 * left out). Input: the meeting's chair and attendance. Output: the list in attendance order after the chair.
 */
export function distributionList(m: { chairId: string; chair: { name: string; agency: Agency }; attendance: Attendee[] }): (Person & { chair: boolean; account: boolean })[] {
  const seen = new Set([`user:${m.chairId}`])
  const once = (a: Attendee) => {
    const key = a.userId ? `user:${a.userId}` : `named:${a.name.toLocaleLowerCase('en-GB')}:${a.agency.name}`
    return !seen.has(key) && !!seen.add(key)
  }
  const rest = m.attendance.filter(once)
  return [{ name: m.chair.name, agency: m.chair.agency, chair: true, account: true }, ...rest.map((a) => ({ name: a.name, agency: a.agency, chair: false, account: a.userId !== null }))]
}

type Translate = (key: string, values?: Record<string, string>) => string

/** One line of the distribution list as the page and the PDF both print it, in the reader's language. */
export function distributionLine(p: Person & { chair: boolean; account: boolean }, t: Translate, agencyName: (a: Agency) => string): string {
  const key = p.chair ? 'mappaChair.minutes.chair' : p.account ? 'mappaChair.minutes.distributedTo' : 'mappaChair.minutes.distributedNoAccount'
  return t(key, { name: p.name, agency: agencyName(p.agency) })
}

/** Every action agreed at the meeting, nominal by nominal in agenda order; items about people the reader may not see carry none. */
export function actionsSummary<I extends Item>(items: I[]): { item: I; action: I['actions'][number] }[] {
  return items.filter((i) => i.status === 'LISTED' && !i.restricted).flatMap((item) => item.actions.map((action) => ({ item, action })))
}

/**
 * The disclosure decision as the minutes word it (issue 16 item 3, walk 45 F1): a catalogue key under
 * `mappaChair.minutes` and its values — disclosed (to whom, by whom, why), considered and not disclosed (why), or not
 * considered (with why, when said). Null when no decision is recorded.
 */
export function disclosureText(i: { disclosureConsidered: boolean | null; disclosureDecision: 'DISCLOSE' | 'WITHHOLD' | null; disclosureTo: string | null; disclosureBy: string | null; disclosureReason: string | null }): { key: 'disclosureYes' | 'disclosureWithheld' | 'disclosureNo' | 'disclosureNoWhy'; values: Record<string, string> } | null {
  if (i.disclosureConsidered === null) return null
  const reason = i.disclosureReason ?? ''
  if (!i.disclosureConsidered) return reason ? { key: 'disclosureNoWhy', values: { reason } } : { key: 'disclosureNo', values: {} }
  return i.disclosureDecision === 'WITHHOLD' ? { key: 'disclosureWithheld', values: { reason } } : { key: 'disclosureYes', values: { to: i.disclosureTo ?? '', by: i.disclosureBy ?? '', reason } }
}

/**
 * The rows of the minutes' "Details" table, label then value, as the page and the PDF both show them (re-walk of issue
 * 16, D5: the page had no "Status" row, so a held meeting's page and PDF differed): area, chair, where, the stage
 * (meetingStage, `enums.meetingStage.<stage>`), minute-taker and end time. Input: the minutes, a translator and the
 * time formatter of the reader's language. Output: [label, value] pairs in that order.
 */
export function minutesDetails(
  m: { area: string; chair: { name: string }; venue: string | null; online: boolean; stage: string; minuteTaker: string | null; endedAt: Date | null },
  t: Translate,
  formatTime: (d: Date) => string,
): [string, string][] {
  const where = [m.venue, m.online ? t('minutes.online') : null].filter(Boolean).join(' · ')
  return [
    [t('minutes.area'), t(`enums.region.${m.area}`)],
    [t('minutes.chair'), m.chair.name],
    [t('minutes.where'), where || t('minutes.notRecorded')],
    [t('minutes.status'), t(`enums.meetingStage.${m.stage}`)],
    [t('mappaChair.minutes.minuteTaker'), m.minuteTaker ?? t('minutes.notRecorded')],
    [t('mappaChair.minutes.ended'), m.endedAt ? formatTime(m.endedAt) : t('minutes.notRecorded')],
  ]
}

/**
 * Whether the minutes hold a discussed nominal the reader may not see, whose actions the summary therefore leaves out:
 * the summary says so rather than "No actions were agreed" (walk 22). Says nothing of whether they had any.
 * Input: the minutes' items. Output: boolean.
 */
export function hidesRestricted(items: readonly Pick<Item, 'status' | 'restricted'>[]): boolean {
  return items.some((i) => i.status === 'LISTED' && i.restricted)
}

/**
 * What the actions summary says when it lists none: "No actions were agreed", unless it left some nominal out, when
 * it cannot know that and says none were agreed about the nominals the reader may see (walk 25, D1: both sentences
 * stood together and the second was false). Input: the minutes' items. Output: a mappaChair.minutes message key.
 */
export function noActionsKey(items: readonly Pick<Item, 'status' | 'restricted'>[]): 'noActions' | 'noVisibleActions' {
  return hidesRestricted(items) ? 'noVisibleActions' : 'noActions'
}
