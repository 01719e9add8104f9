import 'server-only'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { invalid, staleRefusal } from '../errors'
import { oneOpenAtATime } from '../one-open'
import { lockRow } from '../row-lock'
import { authorize, type Actor } from '../policy'
import { changeConsequences, keptOutNow } from './list-consequences'
import { accessListTarget } from './access-list-target'
import { listableRoles, ZAddAccessEntry, ZRemoveAccessEntry } from './access-lists.schemas'

/**
 * What a change of the lists did beyond itself: whom it keeps out of the circle, which chairs of coming meetings, and
 * which coming appointments' staff members (break 65 F5).
 */
export type TListChange = {
  offenderId: string
  keptOutOfCircle: string[]
  chairKeptOutOf: { startsAt: Date; chairName: string }[]
  staffKeptOutOf: { contactId: string; startsAt: Date; staffName: string }[]
}

/**
 * Names a member of staff on a person's exclusion or restriction list (issue 17; nDelius Limited Access practice).
 * Takes effect on the next request: every scope query reads the table (policy/scopes.ts `laoVisible`).
 * Never orphans the record: the offender manager and the one adding are never excluded (nor offered: getAccessLists),
 * and a restriction always keeps them on its list (they are added with it when missing, and named in the audit
 * event). The person's row is locked while checked, so a reallocation at the same moment is seen (h17f).
 * @param input { offenderId, kind: EXCLUSION | RESTRICTION, userId, reason } (ZAddAccessEntry)
 * @returns { offenderId, keptOutOfCircle }: the names, sorted, of COSA volunteers serving in this person's circle (a
 *   current member, or holding a coming place) whom this change keeps out: the one excluded, or, when a restriction
 *   list begins, everyone serving who is not on it. The form then says they no longer see it and the coordinator's
 *   rota shows their places as needing cover (break 28 D6; h17g item 2 of issue 17: a restriction list said nothing);
 *   `chairKeptOutOf`: the coming MAPPA meetings with the person on the agenda whose chair this change keeps out
 *   (chairsKeptOut: { startsAt, chairName }, soonest first), which the form names (walk 34 O4); `staffKeptOutOf`: the
 *   person's coming appointments whose staff member this change keeps out, so they leave that diary
 *   (appointmentStaffKeptOut: { contactId, startsAt, staffName }, soonest first), which the form names (break 65 F5)
 * @throws FORBIDDEN without `offender.restrict`; NOT_FOUND out of write scope or for an unknown user; VALIDATION for
 *   excluding the offender manager or oneself, naming someone already on that list or on the other one
 *   (accessOnExclusionList / accessOnRestrictionList, break 72 F6), or a user of no listable role
 *   (listableRoles: the picker's own list)
 */
export async function addAccessEntry(actor: Actor, input: unknown): Promise<TListChange> {
  authorize(actor, 'offender.restrict')
  const { offenderId, kind, userId, reason } = ZAddAccessEntry.parse(input)
  // Identical adds sent at once all pass the "already listed" check; the index (offenderId, kind, userId) keeps one
  // and the others are told what a later add is told (break test 27, D3).
  const alreadyListed = () => invalid('userId', 'accessAlreadyListed')
  return oneOpenAtATime(['offenderId', 'userId'], alreadyListed, () => prisma.$transaction(async (tx) => {
    // Checked, then written: a reallocation at the same moment must not make the excluded user the offender manager
    // after this read (allocate locks the same row), so the person's row is held until the entry is written (h17f).
    await lockRow(tx, 'Offender', offenderId)
    const target = await accessListTarget(tx, actor, offenderId)
    const user = await tx.user.findFirst({ where: { id: userId, status: 'ACTIVE', roles: { hasSome: [...listableRoles] } }, select: { id: true, name: true } })
    if (!user) throw invalid('userId', 'accessChooseUser')
    // Compared as the database writes the id: PostgreSQL reads a UUID in capitals as the same user, a string compare
    // of the typed id did not (h17f: the offender manager was excluded with their id in capitals).
    const chosen = user.id
    if (kind === 'EXCLUSION' && chosen === target.offenderManagerId) throw invalid('userId', 'accessExcludeManager')
    if (kind === 'EXCLUSION' && chosen === actor.userId) throw invalid('userId', 'accessExcludeSelf')
    if (await tx.accessRestriction.findFirst({ where: { offenderId, kind, userId: chosen }, select: { id: true } })) throw alreadyListed()
    // On both lists the exclusion wins: a senior who put a cover colleague on the restriction list was told "Added"
    // while they still could not open the record (break 72 F6). Either way round, the other entry comes off first.
    const other = kind === 'EXCLUSION' ? 'RESTRICTION' : 'EXCLUSION'
    if (await tx.accessRestriction.findFirst({ where: { offenderId, kind: other, userId: chosen }, select: { id: true } })) throw invalid('userId', other === 'EXCLUSION' ? 'accessOnExclusionList' : 'accessOnRestrictionList')
    const before = await keptOutNow(tx, offenderId)
    await tx.accessRestriction.create({ data: { offenderId, kind, userId: chosen, reason, createdById: actor.userId } })
    const kept = kind === 'RESTRICTION' ? [target.offenderManagerId, actor.userId].filter((id): id is string => Boolean(id) && id !== chosen) : []
    const added = await tx.accessRestriction.createManyAndReturn({
      data: [...new Set(kept)].map((id) => ({ offenderId, kind, userId: id, reason, createdById: actor.userId, automatic: true })),
      skipDuplicates: true,
      select: { userId: true },
    })
    const { audit, told } = changeConsequences(before, await keptOutNow(tx, offenderId))
    await recordAudit(tx, actor, { action: 'offender.access.add', subjectType: 'Offender', subjectId: offenderId, offenderId, reason, detail: { kind, userId: chosen, keptOnList: added.map((a) => a.userId), ...audit } })
    return { offenderId, ...told }
  }))
}

/**
 * Takes a member of staff off a person's exclusion or restriction list (issue 17); audited, effective on the next
 * request. The offender manager and the actor stay on a restriction list (refused), so the record is never orphaned.
 * @param input { offenderId, entryId, reason } (ZRemoveAccessEntry): the reason is required and audited, as adding's is
 * @returns { offenderId, keptOutOfCircle, chairKeptOutOf, staffKeptOutOf }: as addAccessEntry's — a volunteer serving in the person's circle taken off
 *   their restriction list is kept out of it from now (h17g item 2 of issue 17), and the senior is told so
 * @throws FORBIDDEN / NOT_FOUND as addAccessEntry; VALIDATION `_form` accessAlreadyRemoved for an entry no longer on the
 *   person's lists (taken off by someone else, or another person's); VALIDATION for the kept
 */
export async function removeAccessEntry(actor: Actor, input: unknown): Promise<TListChange> {
  authorize(actor, 'offender.restrict')
  const { offenderId, entryId, reason } = ZRemoveAccessEntry.parse(input)
  return prisma.$transaction(async (tx) => {
    // Read before and after the delete: a change of the lists at the same moment must not shift whom this one keeps out.
    await lockRow(tx, 'Offender', offenderId)
    const target = await accessListTarget(tx, actor, offenderId)
    const entry = await tx.accessRestriction.findFirst({ where: { id: entryId, offenderId }, select: { id: true, kind: true, userId: true } })
    // The record is open to the actor (accessListTarget): an entry not on it has gone, most likely taken off by
    // someone else a moment ago, and is said so rather than "does not exist" (break 38 D1). An entry of another
    // person is not on this record either, so the message tells a tamperer nothing.
    if (!entry) throw staleRefusal('accessAlreadyRemoved')
    if (entry.kind === 'RESTRICTION' && (entry.userId === target.offenderManagerId || entry.userId === actor.userId)) throw invalid('_form', 'accessKeepOnRestriction')
    const before = await keptOutNow(tx, offenderId)
    await tx.accessRestriction.delete({ where: { id: entry.id } })
    const { audit, told } = changeConsequences(before, await keptOutNow(tx, offenderId))
    await recordAudit(tx, actor, { action: 'offender.access.remove', subjectType: 'Offender', subjectId: offenderId, offenderId, reason, detail: { kind: entry.kind, userId: entry.userId, ...audit } })
    return { offenderId, ...told }
  })
}
