import 'server-only'
import type { AsDrawn } from '../as-drawn'
import type { Tx } from '../db'
import { AppError, changedShowingSaved, invalid, notFound, staleRefusal } from '../errors'
import { formatLondonTime } from '../../lib/dates'
import { itemFormValues } from '../../lib/mappa-record-fields'
import { happenedAt } from './happened-at'
import { levelAfter } from './level-steps'
import { ZAddAction, ZItemDraft, ZRecordItem } from './mappa.schemas'
import { meetingStep, openMeetingFor, refuseUnpublishedAgenda } from './run-meeting'
import { refuseExcludedAssignee, refuseUnlistedAssignee } from '../limited-access/excluded-staff'
import { laoVisible, mappaAttendeeAccounts, type Actor } from '../policy'

/**
 * The listed item, claimed at the version the screen saw: every per-item write names the item AND its version, so a
 * write meant for another item or another state of it (a form left on screen while the run page switched nominal, a
 * second laptop) is refused with CONFLICT `_form` itemChanged (issue 16 walk-through item 1). A chair excluded from
 * the person (limited access) may not record them: someone with access must (issue 17 walk-through D1, ADR 0023).
 * `showSaved`: the write's form shows what was saved meanwhile beside what was typed, so a recording posted without the
 * script keeps the chair's minutes (walk 72 F4).
 * Errors: VALIDATION `_form` itemDeferredMeanwhile (stale: deferred since the page was drawn), NOT_FOUND (not a listed
 * item of this meeting, or about a person the actor may not see), CONFLICT itemChanged, or with `showSaved` a CONFLICT
 * shown by the form, `details.current` { version, recordedAt (ISO instant or null), recordedBy (name or null), values
 * (itemFormValues, times in London) }.
 */
async function claimItem(tx: Tx, actor: Actor, meetingId: string, itemId: string, version: number, showSaved = false) {
  const item = await tx.mappaAgendaItem.findFirst({
    where: { id: itemId, meetingId, status: 'LISTED', offender: laoVisible(actor) },
    include: { nominal: { select: { level: true } }, recordedBy: { select: { name: true } } },
  })
  if (!item) throw (await deferredMeanwhile(tx, actor, meetingId, itemId)) ? staleRefusal('itemDeferredMeanwhile') : notFound()
  if (item.version === version) return item
  if (!showSaved) throw new AppError('CONFLICT', 'itemChanged', { _form: ['itemChanged'] })
  const values = itemFormValues(item, (d) => formatLondonTime(d, 'en'))
  throw changedShowingSaved({ version: item.version, recordedAt: item.recordedAt?.toISOString() ?? null, recordedBy: item.recordedBy?.name ?? null, values })
}

/**
 * An item write's form as drawn (parseAsDrawn): its meeting still open and the item at the version the form saw, so
 * a stale form with a wrong answer is told the item changed (walk 60 F7: after another screen replaced the minutes, a
 * bad time was all that was said, and without the script nothing). Input: the actor. Output: the AsDrawn record.
 */
const itemAsDrawn = (actor: Actor, showSaved = false): AsDrawn => ({
  id: 'itemId',
  check: async (tx, itemId, version) => {
    const item = await tx.mappaAgendaItem.findUnique({ where: { id: itemId }, select: { meetingId: true } })
    if (!item) throw notFound()
    await openMeetingFor(tx, actor, item.meetingId)
    return claimItem(tx, actor, item.meetingId, itemId, version, showSaved)
  },
})

/**
 * Whether the item the form names was deferred from this meeting since the page was drawn (break 41 F7: "This record
 * does not exist or you do not have access to it" read as a permission problem). Only for a person the actor may see.
 */
async function deferredMeanwhile(tx: Tx, actor: Actor, meetingId: string, itemId: string): Promise<boolean> {
  return (await tx.mappaAgendaItem.count({ where: { id: itemId, meetingId, status: 'DEFERRED', offender: laoVisible(actor) } })) > 0
}

/**
 * A recorded item's minutes are replaced only on purpose: without `confirmReplace` the write is refused with CONFLICT
 * `_form` itemAlreadyRecorded and `details` { recordedAt (ISO instant), recordedBy (name or null), asks: true } so the
 * screen can ask "already recorded at HH:MM by X. Replace its minutes?" (issue 16 walk-through item 1); `asks` marks it
 * a question, which a page posted without the script points to at its top (retest 68a F1).
 */
function refuseReplacing(item: Awaited<ReturnType<typeof claimItem>>, confirmReplace: boolean) {
  if (!item.recordedAt || confirmReplace) return
  throw new AppError('CONFLICT', 'itemAlreadyRecorded', { _form: ['itemAlreadyRecorded'] }, { recordedAt: item.recordedAt.toISOString(), recordedBy: item.recordedBy?.name ?? null, asks: true })
}

/**
 * Autosave: whatever has been typed so far, however incomplete. Answers the new version for the next save. A recorded
 * item takes no draft (its minutes change only by recording again, which asks first). Errors: `_form`
 * agendaNotPublished (the agenda was never sent, as recording), NOT_FOUND / CONFLICT as claimItem, saved meanwhile
 * showing what was saved (break 74 F4).
 */
export const saveItemDraft = meetingStep(ZItemDraft, 'mappa.item.draft', async (tx, actor, meeting, { itemId, version, meetingId: _m, ...fields }) => {
  await refuseUnpublishedAgenda(tx, meeting)
  const item = await claimItem(tx, actor, meeting.id, itemId, version, true)
  refuseReplacing(item, false)
  const saved = await tx.mappaAgendaItem.update({ where: { id: itemId }, data: { ...nullable(fields), version: { increment: 1 } } })
  return { result: { version: saved.version }, audit: { offenderId: item.offenderId, detail: { itemId } } }
}, 'refused', (actor) => itemAsDrawn(actor, true))

/**
 * Records the item for the minutes: the risk assessment, the level decision (a possible step), the next review and
 * when the meeting discussed it (discussedAt, not before the statement: `discussedTime` discussedBeforeStatement). Re-recording needs `confirmReplace` (refuseReplacing); who recorded it
 * is kept for that question. Saved meanwhile by another screen, it is refused showing what was saved (claimItem).
 */
export const recordItem = meetingStep(ZRecordItem, 'mappa.item.record', async (tx, actor, meeting, { itemId, version, confirmReplace, discussedTime, meetingId: _m, ...fields }) => {
  await refuseUnpublishedAgenda(tx, meeting)
  const item = await claimItem(tx, actor, meeting.id, itemId, version, true)
  refuseReplacing(item, confirmReplace)
  const decidedLevel = levelAfter(item.nominal?.level ?? meeting.level, fields.levelDecision)
  if (decidedLevel === null) throw invalid('levelDecision', 'levelDecisionNotPossible')
  const discussedAt = discussedTime === undefined ? await discussedFromOrder(tx, meeting, item.position) : happenedAt(meeting, discussedTime, false, new Date(), 'discussedTime')
  // The statement opens the meeting: no nominal is discussed before it was read (re-walk of issue 16, D2).
  if (meeting.statementAt && discussedAt < meeting.statementAt) throw invalid('discussedTime', 'discussedBeforeStatement')
  const saved = await tx.mappaAgendaItem.update({
    where: { id: itemId },
    data: { ...nullable(fields), decidedLevel, discussedAt, recordedAt: new Date(), recordedById: actor.userId, version: { increment: 1 } },
  })
  const detail = { itemId, levelDecision: fields.levelDecision, decidedLevel, replaced: item.recordedAt !== null, discussedAt: discussedAt.toISOString() }
  return { result: { version: saved.version }, audit: { offenderId: item.offenderId, detail } }
}, 'refused', (actor) => itemAsDrawn(actor, true))

/**
 * When an item was discussed, absent the chair's time (issue 16, left item 1): the agenda is taken in order, so from
 * the latest time an earlier item was discussed, else the statement, else the start. Each of those already lies within
 * the meeting (after its start, before its recorded end and now), so this one does too. Output: an instant.
 */
export async function discussedFromOrder(tx: Tx, meeting: { id: string; startsAt: Date; statementAt: Date | null }, position: number): Promise<Date> {
  const earlier = await tx.mappaAgendaItem.findFirst({ where: { meetingId: meeting.id, position: { lt: position }, discussedAt: { not: null } }, orderBy: { discussedAt: 'desc' }, select: { discussedAt: true } })
  return earlier?.discussedAt ?? meeting.statementAt ?? meeting.startsAt
}

/** A field sent empty is cleared; a field not sent at all is left as it was. */
function nullable<T extends Record<string, unknown>>(fields: T): { [K in keyof T]: Exclude<T[K], undefined> | null } {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v ?? null])) as { [K in keyof T]: Exclude<T[K], undefined> | null }
}

/**
 * Whether an account may own an action of the owning agency, most telling reason first (break 37 O4: an administrator
 * or volunteer was told only that they do not work for the agency): no such active account, a role that never works
 * with named people (an action's owner reads the minutes about its nominal, minutesOwnedActions), then another agency.
 * Errors: `ownerUserId` chooseOption / ownerNotCasework / ownerNotInAgency.
 */
async function refuseOwner(tx: Tx, ownerUserId: string, ownerAgencyId: string) {
  const owner = await tx.user.findFirst({ where: { id: ownerUserId, status: 'ACTIVE' }, select: { agencyId: true } })
  if (!owner) throw invalid('ownerUserId', 'chooseOption')
  if (!(await tx.user.count({ where: { AND: [{ id: ownerUserId }, mappaAttendeeAccounts] } }))) throw invalid('ownerUserId', 'ownerNotCasework')
  if (owner.agencyId !== ownerAgencyId) throw invalid('ownerUserId', 'ownerNotInAgency')
}

/**
 * A new action for the nominal: an invited agency owns it, optionally a named person in that agency. It names the
 * item and the version the screen saw (claimItem); adding an action leaves the version as it is. Errors: `_form`
 * agendaNotPublished, NOT_FOUND / CONFLICT as claimItem.
 */
export const addAction = meetingStep(ZAddAction, 'mappa.action.add', async (tx, actor, meeting, a) => {
  // An action is part of the minutes, as the record is: not on an agenda the agencies were never sent (break test 22, D1).
  await refuseUnpublishedAgenda(tx, meeting)
  const item = await claimItem(tx, actor, meeting.id, a.itemId, a.version)
  if (!(await tx.mappaInvitation.count({ where: { meetingId: meeting.id, agencyId: a.ownerAgencyId } }))) throw invalid('ownerAgencyId', 'chooseOwner')
  if (a.ownerUserId) await refuseOwner(tx, a.ownerUserId, a.ownerAgencyId)
  await refuseExcludedAssignee(tx, actor, item.offenderId, a.ownerUserId, 'ownerUserId')
  await refuseUnlistedAssignee(tx, item.offenderId, a.ownerUserId, 'ownerUserId')
  const action = await tx.mappaAction.create({
    data: { meetingId: meeting.id, agendaItemId: item.id, offenderId: item.offenderId, description: a.description, ownerAgencyId: a.ownerAgencyId, ownerUserId: a.ownerUserId ?? null, dueDate: a.dueDate },
  })
  return { result: { actionId: action.id }, audit: { subjectId: meeting.id, offenderId: item.offenderId, detail: { actionId: action.id, ownerAgencyId: a.ownerAgencyId, ownerUserId: a.ownerUserId ?? null } } }
}, 'refused', itemAsDrawn)
