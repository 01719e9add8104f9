import 'server-only'
import type { MappaActionStatus, Region } from '../../generated/prisma/enums'
import { londonToday } from '../../lib/dates'
import { prisma } from '../db'
import { personHeading } from '../offenders/person-heading'
import { laoVisible, offenderVisible, type Actor } from '../policy'
import type { TrackedKind, TrackedRef } from './tracked-actions'
import { redactedTrackedAction } from './redacted-actions'

const OPEN: MappaActionStatus[] = ['OPEN', 'IN_PROGRESS']
const agency = { select: { id: true, name: true, nameCy: true } } as const
const person = { select: personHeading } as const

/** One line of the tracker, whichever kind of action it is. */
export type TrackedAction = {
  /** The action's id; null on a redacted row, which carries no record id of the person's (ADR 0023, issue 17 D1). */
  id: string | null
  kind: TrackedKind
  version: number
  description: string
  status: MappaActionStatus
  statusNote: string | null
  dueDate: Date
  ownerAgency: { id: string; name: string; nameCy: string | null }
  ownerUser: { name: string } | null
  offenderId: string
  offender: { id: string; crn: string; firstName: string; lastName: string }
  meeting: { id: string; level: number; startsAt: Date } | null
  review: { id: string; offenceDate: Date } | null
  /** Limited access: the reader sees the CRN only, no name and no description (security.md AC-5). */
  restricted: boolean
  /** The reader may open the person's record (issue 16 item 6: linked only where they have scope). */
  linked: boolean
  overdue: boolean
}

/**
 * The tracker's rows for the picked ids, in the picked order, each narrowed to what the reader may see: a person they
 * may not see (limited access) carries nothing that identifies them (no name, CRN or id; ADR 0023), no description
 * and no link to the review (whose page they cannot open); the person is linked only when in the reader's scope.
 */
export async function loadTrackedRows(actor: Actor, area: Region, refs: TrackedRef[]): Promise<TrackedAction[]> {
  const ids = (kind: TrackedKind) => refs.filter((r) => r.kind === kind).map((r) => r.id)
  const [meetingActions, reviewActions] = await Promise.all([
    prisma.mappaAction.findMany({
      where: { id: { in: ids('MEETING') }, meeting: { area } },
      include: { offender: person, ownerAgency: agency, ownerUser: { select: { name: true } }, meeting: { select: { id: true, level: true, startsAt: true } } },
    }),
    prisma.mappaReviewAction.findMany({
      where: { id: { in: ids('REVIEW') }, review: { area } },
      include: { ownerAgency: agency, review: { select: { id: true, offenceDate: true, offenderId: true, offender: person } } },
    }),
  ])
  const rows = new Map<string, Omit<TrackedAction, 'id' | 'restricted' | 'linked' | 'overdue'> & { id: string }>()
  const common = (a: { id: string; version: number; description: string; status: MappaActionStatus; statusNote: string | null; dueDate: Date; ownerAgency: TrackedAction['ownerAgency'] }) =>
    ({ id: a.id, version: a.version, description: a.description, status: a.status, statusNote: a.statusNote, dueDate: a.dueDate, ownerAgency: a.ownerAgency })
  for (const a of meetingActions) rows.set(a.id, { ...common(a), kind: 'MEETING', ownerUser: a.ownerUser, offenderId: a.offenderId, offender: a.offender, meeting: a.meeting, review: null })
  for (const a of reviewActions) {
    const { review } = a
    rows.set(a.id, { ...common(a), kind: 'REVIEW', ownerUser: null, offenderId: review.offenderId, offender: review.offender, meeting: null, review: { id: review.id, offenceDate: review.offenceDate } })
  }
  const people = [...new Set([...rows.values()].map((r) => r.offenderId))]
  const [seen, openable] = await Promise.all([
    prisma.offender.findMany({ where: { AND: [{ id: { in: people } }, laoVisible(actor)] }, select: { id: true } }),
    prisma.offender.findMany({ where: { AND: [{ id: { in: people } }, offenderVisible(actor)] }, select: { id: true } }),
  ])
  const visible = new Set(seen.map((o) => o.id))
  const linked = new Set(openable.map((o) => o.id))
  const today = londonToday()
  return refs.flatMap((ref): TrackedAction[] => {
    const r = rows.get(ref.id)
    if (!r) return []
    const overdue = OPEN.includes(r.status) && r.dueDate < today
    if (visible.has(r.offenderId)) return [{ ...r, restricted: false, linked: linked.has(r.offenderId), overdue }]
    // Nothing that identifies the person: no id, CRN or name (issue 17 defect 6), nor the action's own id (D1), from
    // an allow-list (item 3, ADR 0023).
    return [redactedTrackedAction(r, overdue)]
  })
}
