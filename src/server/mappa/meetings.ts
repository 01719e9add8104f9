import 'server-only'
import { parseAsDrawn } from '../as-drawn'
import type { ZodType } from 'zod'
import type { AuditAction } from '../audit/audit-actions'
import type { Prisma } from '../../generated/prisma/client'
import { recordAudit } from '../audit/record-audit'
import { prisma, type Tx } from '../db'
import { AppError, invalid, notFound, staleRefusal } from '../errors'
import { authorize, laoVisible, offenderVisible, type Actor } from '../policy'
import { appendToAgenda, buildAgenda, dueOnOtherAgendas, refuseOtherOpenAgenda } from './agenda'
import { ZAddToAgenda, ZDeferItem, ZDeferRestrictedItem, ZMeetingRef, ZMoveItem, ZScheduleMeeting } from './mappa.schemas'
import { openCursor, sealCursor } from '../paging/sealed-cursor'
import { areaOf } from './nominals'
import { partnerAgency } from '../agencies/partner-agency'
import { lockRow } from '../row-lock'
import { refuseFixedAgenda } from './agenda-fixed'

/** Who may chair: MAPPA coordinators and senior probation officers; level 3 needs a senior (domain.md "Levels"). */
export const CHAIR_ROLES = ['MAPPA_COORDINATOR', 'SENIOR_PROBATION_OFFICER'] as const
export const SENIOR_CHAIR_ROLE = 'SENIOR_PROBATION_OFFICER'

export async function scheduleMeeting(actor: Actor, input: unknown) {
  authorize(actor, 'mappa.manage')
  const area = areaOf(actor)
  const { chairId, coreAgencyIds, dutyToCooperateAgencyIds, ...meeting } = ZScheduleMeeting.parse(input)
  return prisma.$transaction(async (tx) => {
    const chair = await tx.user.findFirst({ where: { id: chairId, status: 'ACTIVE', roles: { hasSome: [...CHAIR_ROLES] } }, select: { roles: true } })
    if (!chair) throw invalid('chairId', 'chooseOption')
    if (meeting.level === 3 && !chair.roles.includes(SENIOR_CHAIR_ROLE)) throw invalid('chairId', 'level3SeniorChair')
    // An agency invited as core is not also listed as duty-to-co-operate.
    const dtc = dutyToCooperateAgencyIds.filter((id) => !coreAgencyIds.includes(id))
    const agencies = new Set([...coreAgencyIds, ...dtc])
    if ((await tx.agency.count({ where: { id: { in: [...agencies] }, ...partnerAgency } })) !== agencies.size) throw invalid('coreAgencyIds', 'chooseAgency')
    const created = await tx.mappaMeeting.create({
      data: {
        ...meeting,
        area,
        chairId,
        coordinatorId: actor.userId,
        invitations: {
          create: [
            ...[...new Set(coreAgencyIds)].map((agencyId) => ({ agencyId, kind: 'CORE' as const })),
            ...[...new Set(dtc)].map((agencyId) => ({ agencyId, kind: 'DUTY_TO_COOPERATE' as const })),
          ],
        },
      },
    })
    const listed = await buildAgenda(tx, created)
    // Due reviews left on another coming meeting's agenda are said, as "Add reviews now due" says them (break 40).
    const elsewhere = await dueOnOtherAgendas(tx, created)
    await recordAudit(tx, actor, { action: 'mappa.meeting.schedule', subjectType: 'MappaMeeting', subjectId: created.id, detail: { level: created.level, area, listed, elsewhere } })
    return { id: created.id, elsewhere }
  })
}

/**
 * An open meeting of the coordinator's area, claimed at the version they saw: agenda edits never cross; a closed one
 * refuses, and so does a held one unless `whenHeld` is 'allowed' (the step checks what it may do then itself).
 * The meeting's row is held first, as every run-page step holds it (openMeetingFor), so an agenda edit and the record
 * of the meeting (statement, item, close, approval) run one after the other (re-walk of issue 16, D3).
 */
async function claimMeeting(tx: Tx, actor: Actor, meetingId: string, version: number, whenHeld: 'refused' | 'allowed') {
  await lockRow(tx, 'MappaMeeting', meetingId)
  const meeting = await tx.mappaMeeting.findFirst({ where: { id: meetingId, area: areaOf(actor) } })
  if (!meeting) throw notFound()
  // Approved minutes close the meeting: its agenda is part of the record now (issue 16 item 1).
  if (meeting.status !== 'SCHEDULED' && meeting.status !== 'PUBLISHED') throw staleRefusal('meetingClosed')
  if (whenHeld === 'refused') await refuseFixedAgenda(tx, meeting)
  const { count } = await tx.mappaMeeting.updateMany({ where: { id: meetingId, version }, data: { version: { increment: 1 } } })
  if (count === 0) throw new AppError('CONFLICT')
  return meeting
}

type OpenMeeting = Awaited<ReturnType<typeof claimMeeting>>
type Audit<R> = { detail?: Prisma.InputJsonObject; offenderId?: string; result?: R }

/**
 * One agenda edit: parse, authorize, claim the meeting at its version, change, audit — all or nothing. Output: { id }
 * and what the change reports (`result`, e.g. the refresh's counts).
 */
function agendaEdit<T extends { meetingId: string; version: number }, R extends Record<string, number> = Record<never, number>>(
  schema: ZodType<T>,
  action: AuditAction,
  run: (tx: Tx, actor: Actor, meeting: OpenMeeting, input: T) => Promise<Audit<R> | void>,
  whenHeld: 'refused' | 'allowed' = 'refused',
) {
  return async (actor: Actor, input: unknown): Promise<R & { id: string }> => {
    authorize(actor, 'mappa.manage')
    const data = await parseAsDrawn(schema, input, { id: 'meetingId', check: (tx, id, v) => claimMeeting(tx, actor, id, v, whenHeld) })
    return prisma.$transaction(async (tx) => {
      const meeting = await claimMeeting(tx, actor, data.meetingId, data.version, whenHeld)
      const audit: Audit<R> = (await run(tx, actor, meeting, data)) ?? {}
      await recordAudit(tx, actor, { action, subjectType: 'MappaMeeting', subjectId: meeting.id, offenderId: audit.offenderId ?? null, detail: audit.detail })
      // A change that reports nothing returns only the id (R is then empty).
      return { ...(audit.result as R), id: meeting.id }
    })
  }
}

/**
 * Adds the reviews that have fallen due since the agenda was built. Output: { id, listed: due reviews now on this
 * agenda by this build, elsewhere: due reviews left on another open meeting's agenda (dueOnOtherAgendas; walk 37 O7) }.
 */
export const refreshAgenda = agendaEdit(ZMeetingRef, 'mappa.agenda.refresh', async (tx, _actor, meeting) => {
  const listed = await buildAgenda(tx, meeting)
  const elsewhere = await dueOnOtherAgendas(tx, meeting)
  return { detail: { listed, elsewhere }, result: { listed, elsewhere } }
})

/** Adds a nominal of the area by CRN (an urgent case, or one brought forward); one managed at another level than the meeting's needs `confirm`. */
export const addToAgenda = agendaEdit(ZAddToAgenda, 'mappa.agenda.add', async (tx, actor, meeting, { crn, confirm }) => {
  const nominal = await tx.mappaNominal.findFirst({ where: { area: meeting.area, endedAt: null, offender: { AND: [{ crn }, offenderVisible(actor)] } }, select: { id: true, offenderId: true, level: true, offender: { select: { firstName: true, lastName: true, crn: true } } } })
  if (!nominal) throw invalid('crn', 'notANominal')
  if (await tx.mappaAgendaItem.count({ where: { meetingId: meeting.id, offenderId: nominal.offenderId, status: 'LISTED' } })) throw invalid('crn', 'alreadyOnAgenda')
  // Before the level warning: its tick could not help a nominal listed on another open agenda (left items 2 and 4).
  await refuseOtherOpenAgenda(tx, meeting.id, nominal.offenderId, 'crn')
  // A nominal managed at another level is listed only once the coordinator has read what that level means (issue 16
  // item 2; MAPPA break test item 1: a level 1 nominal joined a level 2 agenda with no word). Allowed once confirmed,
  // not refused: MAPPA guidance has the panel decide a nominal's level, so a level 1 case may be brought to a level 2
  // or 3 meeting to consider managing it there, and a level 3 case discussed at level 2 while stepping down.
  if (nominal.level !== meeting.level && !confirm) {
    throw new AppError('VALIDATION', 'VALIDATION', { confirm: ['confirmOtherLevel'] }, {
      // Named, so the coordinator knows whom the warning is about before ticking (re-walk of issue 16, item 6).
      otherLevel: { level: nominal.level, meetingLevel: meeting.level, name: `${nominal.offender.firstName} ${nominal.offender.lastName}`, crn: nominal.offender.crn },
    })
  }
  // Kept on the item: the minutes mark a nominal heard at another level than theirs, whatever the meeting decides (D8).
  await appendToAgenda(tx, meeting.id, { offenderId: nominal.offenderId, nominalId: nominal.id, reason: 'ADDED', managedLevel: nominal.level !== meeting.level ? nominal.level : null })
  return { offenderId: nominal.offenderId }
})

/**
 * Defers an item to a later meeting: it stays on this agenda, marked, and the nominal is free to be listed again.
 * A recorded item was discussed and its minutes stand, so it is never deferred (`_form` recordedNotDeferred). A held
 * meeting may still defer a nominal it did not reach: MAPPA meetings carry an undiscussed case to the next one, and
 * approval needs every listed item recorded (re-walk of issue 16, D3).
 */
export const deferAgendaItem = agendaEdit(ZDeferItem, 'mappa.agenda.defer', async (tx, actor, meeting, { itemId, deferReason }) => {
  // A coordinator excluded from the person may not defer them: someone with access decides (ADR 0023, issue 17 D1).
  const item = await tx.mappaAgendaItem.findFirst({ where: { id: itemId, meetingId: meeting.id, status: 'LISTED', offender: laoVisible(actor) } })
  return deferListed(tx, item, deferReason, {})
}, 'allowed')

/** A listed item not yet recorded, deferred with its reason: what both ways of deferring share. */
async function deferListed(tx: Tx, item: { id: string; offenderId: string; recordedAt: Date | null } | null, deferReason: string, detail: object) {
  if (!item) throw notFound()
  if (item.recordedAt) throw invalid('_form', 'recordedNotDeferred')
  await tx.mappaAgendaItem.update({ where: { id: item.id }, data: { status: 'DEFERRED', deferReason } })
  return { offenderId: item.offenderId, detail: { deferReason, ...detail } }
}

/**
 * The handle by which a coordinator or chair who may not see an agenda item's person can still defer it (walk 25 O3,
 * break 22 O1: an excluded chair could neither defer nor record it, and approval needs every listed item recorded, so
 * their meeting could not be completed). Sealed like a page cursor and bound to the meeting, it names neither item
 * nor person (ADR 0023). Input: meeting id, item id. Output: an opaque token.
 */
export const deferRef = (meetingId: string, itemId: string) => sealCursor('mappa.agendaItem', `${meetingId}:${itemId}`)

/**
 * Defers, by its sealed reference (deferRef), an item whose person the coordinator may not see: carried to a later
 * meeting as any deferral, with the reason they give. Nothing about the person is read back or answered: a reference
 * that does not open, is another meeting's or names an item no longer listed is NOT_FOUND, as a random one; a recorded
 * item `_form` recordedNotDeferred. Audited as `mappa.agenda.defer` with `restricted: true`. The deferral lets the
 * meeting go on without them; deciding on the person stays with someone who may see the record (ADR 0023 amended).
 */
export const deferRestrictedAgendaItem = agendaEdit(ZDeferRestrictedItem, 'mappa.agenda.defer', async (tx, _actor, meeting, { itemRef, deferReason }) => {
  const [meetingId, itemId] = (openCursor('mappa.agendaItem', itemRef) ?? '').split(':')
  const item = meetingId === meeting.id && itemId ? await tx.mappaAgendaItem.findFirst({ where: { id: itemId, meetingId: meeting.id, status: 'LISTED' } }) : null
  return deferListed(tx, item, deferReason, { restricted: true })
}, 'allowed')

/**
 * Swaps a listed item with the listed item above or below it. A deferred item is not discussed at this meeting, so it
 * keeps its place (`_form` 'deferredNotMoved') and listed items move past it (re-check of issue 16, D10). An item
 * about someone the coordinator may not see is NOT_FOUND (ADR 0023).
 */
export const moveAgendaItem = agendaEdit(ZMoveItem, 'mappa.agenda.move', async (tx, actor, meeting, { itemId, direction }) => {
  // Not about someone the coordinator may not see: as deferring, and a move's answer would confirm the item exists (break test 22, D2).
  const item = await tx.mappaAgendaItem.findFirst({ where: { id: itemId, meetingId: meeting.id, offender: laoVisible(actor) } })
  if (!item) throw notFound()
  if (item.status !== 'LISTED') throw invalid('_form', 'deferredNotMoved')
  const neighbour = await tx.mappaAgendaItem.findFirst({
    where: { meetingId: meeting.id, status: 'LISTED', position: direction === 'up' ? { lt: item.position } : { gt: item.position } },
    orderBy: { position: direction === 'up' ? 'desc' : 'asc' },
  })
  if (!neighbour) return { detail: { direction, moved: false } }
  await tx.mappaAgendaItem.update({ where: { id: item.id }, data: { position: neighbour.position } })
  await tx.mappaAgendaItem.update({ where: { id: neighbour.id }, data: { position: item.position } })
  return { offenderId: item.offenderId, detail: { direction, moved: true } }
})

/** Publishes the agenda to the invited agencies. */
export const publishAgenda = agendaEdit(ZMeetingRef, 'mappa.agenda.publish', async (tx, _actor, meeting) => {
  if (meeting.status !== 'SCHEDULED') throw staleRefusal('alreadyPublished')
  if (!(await tx.mappaAgendaItem.count({ where: { meetingId: meeting.id, status: 'LISTED' } }))) throw invalid('_form', 'agendaEmpty')
  await tx.mappaMeeting.update({ where: { id: meeting.id }, data: { status: 'PUBLISHED', publishedAt: new Date() } })
})
