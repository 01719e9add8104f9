import 'server-only'
import { getAllocationPanel } from '../allocation/find-allocation'
import { findAppointmentsFor } from '../appointments/find-appointments'
import { findDocuments } from '../documents/documents'
import { findEnforcementFor } from '../enforcement/find-enforcement'
import { getAccessLists } from '../limited-access/get-access-lists'
import { findObjectives } from '../plan/objectives'
import { can, type Actor } from '../policy'
import { findDueTasks } from '../tasks/find-due-tasks'
import { getOffender } from './get-offender'

/**
 * Everything a person's record page shows, read in two round trips (issue 18 item 1): the record itself (the view's
 * audit row, writability and the break-glass banner's end with it), then every panel at once: what is due,
 * appointments, enforcement, allocation, the sentence plan, documents and the Limited Access lists. Each panel keeps
 * its own scope in its query; the page renders what this returns and reads nothing else.
 * Input: the person's id (any value). Output: the record and the panels. Errors: as getOffender (NOT_FOUND, FORBIDDEN).
 */
export async function getRecordPage(actor: Actor, id: unknown) {
  const record = await getOffender(actor, id)
  const [tasks, appointments, enforcement, allocation, objectives, documents, accessLists] = await Promise.all([
    can(actor, 'caseload.view') ? findDueTasks(actor, { offenderId: record.id }) : [],
    findAppointmentsFor(actor, record.id),
    findEnforcementFor(actor, record.id),
    getAllocationPanel(actor, { id: record.id, teamId: record.teamId, canChange: record.inWriteScope }),
    findObjectives(actor, record.id),
    findDocuments(actor, record.id),
    getAccessLists(actor, record.id),
  ])
  return { record, tasks, appointments, enforcement, allocation, objectives, documents, breakGlass: { until: record.breakGlassUntil, reason: record.breakGlassReason }, accessLists }
}

export type TRecordPage = Awaited<ReturnType<typeof getRecordPage>>
