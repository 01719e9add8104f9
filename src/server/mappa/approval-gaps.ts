import 'server-only'
import cy from '../../i18n/messages/cy/app.json'
import en from '../../i18n/messages/en/app.json'
import { dateOnly } from '../../lib/dates'
import { AppError, type MessageName } from '../errors'
import { laoVisible, type Actor } from '../policy'
import type { Tx } from '../db'
import type { ValidationKey } from '../validation-messages'
import { SENIOR_CHAIR_ROLE } from './meetings'
import { levelAfter } from './level-steps'
import { disclosureGaps } from './minutes-record.schemas'

type Meeting = { id: string; level: number; chairId: string; statementAt: Date | null; minuteTaker: string | null; endedAt: Date | null; chair: { roles: string[] } }
type Item = Parameters<typeof disclosureGaps>[0] & {
  offenderId: string; recordedAt: Date | null; riskAssessment: string | null; levelDecision: Parameters<typeof levelAfter>[1] | null; decidedLevel: number | null
  nextReviewDate: Date | null; nominal: { level: number } | null; offender: { firstName: string; lastName: string; crn: string }
}

/**
 * Everything still standing between the chair and approving the minutes, found at once so one refusal lists every gap
 * (walk 41 F3: the chair met them one press at a time, and the last did not say which nominal). Input: the meeting
 * (with its chair's roles), its LISTED items in agenda order with nominal and person, and London's today (YYYY-MM-DD).
 * Output: an AppError VALIDATION whose `_form` holds, in the order a meeting runs, level3SeniorChair, statementNotRead,
 * attendanceUnmarked, chairNotPresent or tooFewPresent (the last two once everyone is marked; any of them sets
 * `details.fixAt` 'attendance', which links the list), meetingCloseMissing or meetingNotEnded, levelChangedSinceRecorded (break 41 F1: a level changed
 * outside the meeting after its decision was recorded) and itemsUndecided (recorded, whole: break 40 D1); the two
 * item refusals name their items as the run page numbers them (`messageNames` moved / undecided, a restricted record
 * by its place only, ADR 0023). Null when nothing stands in the way.
 */
export async function approvalGaps(tx: Tx, actor: Actor, meeting: Meeting, items: Item[], today: string): Promise<AppError | null> {
  // Typed as catalogue keys: the compiler, not the thrown-keys scan, checks each has its message.
  const gaps: ValidationKey[] = []
  if (meeting.level === 3 && !meeting.chair.roles.includes(SENIOR_CHAIR_ROLE)) gaps.push('level3SeniorChair')
  if (!meeting.statementAt) gaps.push('statementNotRead')
  const attendance = await attendanceGap(tx, meeting)
  if (attendance) gaps.push(attendance)
  // The minutes name who took them and when the meeting ended (issue 16 item 3).
  if (!meeting.minuteTaker || !meeting.endedAt) gaps.push('meetingCloseMissing')
  else if (meeting.endedAt.getTime() > Date.now()) gaps.push('meetingNotEnded')
  const numbered = items.map((item, n) => ({ item, n: n + 1 }))
  // Decided from the old level, the decision would put the minutes and the register at odds (break 41 F1).
  const moved = numbered.filter(({ item }) => decidedFromOtherLevel(item))
  if (moved.length) gaps.push('levelChangedSinceRecorded')
  // Recorded ("Record this nominal", whose rules a draft saved as the chair types never passed), and whole (break 40 D1).
  const undecided = numbered.filter(
    ({ item: i }) => !i.nominal || i.recordedAt === null || !i.riskAssessment || !i.levelDecision || disclosureGaps(i).length > 0 || !i.nextReviewDate || dateOnly(i.nextReviewDate) < today || levelAfter(i.nominal.level, i.levelDecision) === null,
  )
  if (undecided.length) gaps.push('itemsUndecided')
  if (!gaps.length) return null
  const named = await namesOf(tx, actor, { moved, undecided })
  const details = { ...(attendance ? { fixAt: 'attendance' } : {}), ...(named ? { messageNames: named } : {}) }
  return new AppError('VALIDATION', 'VALIDATION', { _form: gaps }, Object.keys(details).length ? details : undefined)
}

/**
 * Whether an item's recorded level decision was taken from another level than its nominal's now: the level was
 * changed outside the meeting after the record (break 41 F1), so approval refuses it and the run page asks for it to
 * be recorded again (break 43 F1). Input: the item with its nominal's level. Output: boolean.
 */
export const decidedFromOtherLevel = (i: Pick<Item, 'nominal' | 'recordedAt' | 'levelDecision' | 'decidedLevel'>) =>
  !!i.nominal && i.recordedAt !== null && !!i.levelDecision && i.decidedLevel !== null && levelAfter(i.nominal.level, i.levelDecision) !== i.decidedLevel

/**
 * MAPPA guidance has a level 2 or 3 meeting chaired in person and held by the agencies that share the risk (re-walk of
 * issue 16, D4, where approved minutes read "No one has been recorded"): everyone expected is marked, the chair is
 * present and at least one other person is present.
 */
async function attendanceGap(tx: Tx, meeting: Meeting) {
  if (await tx.mappaAttendance.count({ where: { meetingId: meeting.id, status: 'EXPECTED' } })) return 'attendanceUnmarked'
  const present = await tx.mappaAttendance.findMany({ where: { meetingId: meeting.id, status: 'PRESENT' }, select: { userId: true } })
  if (!present.some((a) => a.userId === meeting.chairId)) return 'chairNotPresent'
  return present.length < 2 ? 'tooFewPresent' : null
}

/** "2. Hannah Jones (W101036), 4. Restricted record": the items as the run page lists them, in both languages. */
async function namesOf(tx: Tx, actor: Actor, lists: Record<'moved' | 'undecided', { item: Item; n: number }[]>) {
  const ids = [...lists.moved, ...lists.undecided].map(({ item }) => item.offenderId)
  if (!ids.length) return null
  const seen = new Set((await tx.offender.findMany({ where: { AND: [{ id: { in: ids } }, laoVisible(actor)] }, select: { id: true } })).map((o) => o.id))
  const label = (lang: typeof en, { item, n }: { item: Item; n: number }) =>
    `${n}. ${seen.has(item.offenderId) ? `${item.offender.firstName} ${item.offender.lastName} (${item.offender.crn})` : lang.mappa.restrictedItem}`
  const said = (list: { item: Item; n: number }[]): MessageName => ({ en: list.map((i) => label(en, i)).join(', '), cy: list.map((i) => label(cy, i)).join(', ') })
  return Object.fromEntries(Object.entries(lists).filter(([, list]) => list.length).map(([key, list]) => [key, said(list)]))
}
