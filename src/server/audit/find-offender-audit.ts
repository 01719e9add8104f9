import 'server-only'
import { z } from 'zod'
import { prisma } from '../db'
import { notFound } from '../errors'
import { keysetParams, ZBigIntId } from '../paging/keyset.schemas'
import { authorize, can, offenderWritable, recordAuditScope, type Actor } from '../policy'
import { auditEventPage } from './audit-page'
import { listedStaffOf } from './listed-staff'
import { recordAudit } from './record-audit'

const ZQuery = z.object({ offenderId: z.uuid(), ...keysetParams(ZBigIntId) })

/** Events that change a person's Limited Access lists, whose reasons may say who is excluded and why. */
const listChange = (action: string) => action.startsWith('offender.access.')

/**
 * "Who looked at this person's record, and why" on one screen (security.md LG-3, issue 15 item 11). Only the case's
 * offender manager and the seniors of its team may read it (recordAuditScope, docs/decisions/0009); anyone else,
 * and a person who does not exist, gets NOT_FOUND. Reading the log is itself audited. Keyset pages (item 8). The
 * reason of a change to the Limited Access lists, and whom it put on or took off which list (`listed`), are shown only
 * to a senior who manages them (sec19b): null otherwise.
 * @param input { offenderId, after?, before?, page? }
 */
export async function findOffenderAudit(actor: Actor, input: unknown) {
  authorize(actor, 'audit.readRecord')
  const parsed = ZQuery.safeParse(input)
  if (!parsed.success) throw notFound()
  const { offenderId, after, before, page } = parsed.data
  const offender = await prisma.offender.findFirst({
    where: { AND: [{ id: offenderId }, recordAuditScope(actor)] },
    select: { id: true, crn: true, firstName: true, lastName: true },
  })
  if (!offender) throw notFound()
  const events = await auditEventPage({ offenderId }, { after, before })
  // Who is on a Limited Access list, and why, is for the seniors who manage the lists (sec19b, issue 17): the offender
  // manager sees that the lists changed, not the reason, which says who the person's neighbour or relative is.
  const managesLists = can(actor, 'offender.restrict') && (await prisma.offender.count({ where: { AND: [{ id: offenderId }, offenderWritable(actor)] } })) > 0
  const listed: Awaited<ReturnType<typeof listedStaffOf>> = managesLists ? await listedStaffOf(events.events.filter((e) => listChange(e.action))) : new Map()
  await recordAudit(prisma, actor, { action: 'audit.view', subjectType: 'Offender', subjectId: offenderId, offenderId })
  return {
    offender,
    page,
    ...events,
    events: events.events.map((e) => ({ id: e.id, occurredAt: e.occurredAt, action: e.action, reason: listChange(e.action) && !managesLists ? null : e.reason, listed: listed.get(e.id) ?? null, roles: e.actorRoles, actor: e.actor })),
  }
}
