import 'server-only'
import { startOfMonth, subMonths } from 'date-fns'
import { londonDay, londonToday } from '../../lib/dates'
import type { AuditAction } from '../audit/audit-actions'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { authorize, type Actor } from '../policy'
import { sumByVolunteerMonth, type TTimeEntry } from './volunteer-time'

/** How far back the funders' figures go: this month and the eleven before it. */
const MONTHS = 12

/**
 * Hours the provider's volunteers gave, by volunteer and London month, over the last twelve months (issue 16
 * item 12): meeting time only where the minutes name them as present (a rota place is not attendance; a meeting
 * with no minutes counts for no one), plus supervision sessions and initial training, each at its recorded length.
 * Coordinators only; the read is audited as a view or as an export.
 */
export async function volunteerHours(actor: Actor, action: Extract<AuditAction, 'cosa.hours.view' | 'cosa.hours.export'> = 'cosa.hours.view') {
  const rows = await volunteerTime(actor)
  await recordAudit(prisma, actor, { action, subjectType: 'Agency', subjectId: actor.agencyId, detail: { months: MONTHS, rows: rows.length } })
  return rows
}

/** volunteerHours without the audit row, for the coordinator's dashboard, which shows only monthly totals. */
export async function volunteerTime(actor: Actor) {
  authorize(actor, 'cosa.manage')
  const since = startOfMonth(subMonths(londonToday(), MONTHS - 1))
  const [minutes, supervisions, trained, volunteers] = await Promise.all([
    prisma.circleMinutes.findMany({
      where: { meeting: { circle: { providerAgencyId: actor.agencyId }, startsAt: { gte: since } } },
      select: { presentVolunteerIds: true, meeting: { select: { startsAt: true, endsAt: true } } },
    }),
    prisma.cosaSupervision.findMany({ where: { volunteer: { agencyId: actor.agencyId }, heldOn: { gte: since } }, select: { volunteerId: true, heldOn: true, minutes: true } }),
    prisma.cosaVolunteer.findMany({ where: { agencyId: actor.agencyId, trainingCompletedOn: { gte: since }, trainingMinutes: { not: null } }, select: { id: true, trainingCompletedOn: true, trainingMinutes: true } }),
    prisma.cosaVolunteer.findMany({ where: { agencyId: actor.agencyId }, select: { id: true, firstName: true, lastName: true } }),
  ])
  const ours = new Set(volunteers.map((v) => v.id))
  const entries: TTimeEntry[] = [
    // The minutes' list is of the provider's own volunteers; anyone else named there is not counted here.
    ...minutes.flatMap((m) => m.presentVolunteerIds.filter((id) => ours.has(id)).map((volunteerId) => ({ volunteerId, month: londonDay(m.meeting.startsAt).slice(0, 7), kind: 'meeting' as const, minutes: (m.meeting.endsAt.getTime() - m.meeting.startsAt.getTime()) / 60_000 }))),
    ...supervisions.map((s) => ({ volunteerId: s.volunteerId, month: s.heldOn.toISOString().slice(0, 7), kind: 'supervision' as const, minutes: s.minutes })),
    ...trained.map((v) => ({ volunteerId: v.id, month: v.trainingCompletedOn!.toISOString().slice(0, 7), kind: 'training' as const, minutes: v.trainingMinutes! })),
  ]
  const names = new Map(volunteers.map((v) => [v.id, `${v.firstName} ${v.lastName}`]))
  return sumByVolunteerMonth(entries)
    .map((r) => ({ ...r, name: names.get(r.volunteerId) ?? '' }))
    .sort((a, b) => b.month.localeCompare(a.month) || a.name.localeCompare(b.name, 'en-GB'))
}
