import 'server-only'
import { startOfMonth, subMonths } from 'date-fns'
import { londonToday } from '../../lib/dates'
import type { AuditAction } from '../audit/audit-actions'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { authorize, type Actor } from '../policy'
import { sumByVolunteerMonth } from './volunteer-time'
import { volunteerTimeEntries } from './volunteer-time-sql'

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
  const since = startOfMonth(subMonths(londonToday(), MONTHS - 1)).toISOString().slice(0, 10)
  // The one SQL definition of time given (volunteer-time-sql.ts), which the outcome dashboard and scheme reports share.
  const [entries, volunteers] = await Promise.all([
    volunteerTimeEntries(actor.agencyId, since),
    prisma.cosaVolunteer.findMany({ where: { agencyId: actor.agencyId }, select: { id: true, firstName: true, lastName: true } }),
  ])
  const names = new Map(volunteers.map((v) => [v.id, `${v.firstName} ${v.lastName}`]))
  return sumByVolunteerMonth(entries)
    .map((r) => ({ ...r, name: names.get(r.volunteerId) ?? '' }))
    .sort((a, b) => b.month.localeCompare(a.month) || a.name.localeCompare(b.name, 'en-GB'))
}
