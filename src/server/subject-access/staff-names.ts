import 'server-only'
import type { Tx } from '../db'
import type { BundleRow, Sections } from './bundle.types'

// Columns that hold a Llwybr user's id (staff, or a volunteer's account) and an agency's id.
const USER_COLUMNS = new Set([
  'actorId', 'actorUserId', 'addedById', 'assignedById', 'authorId', 'byId', 'caseworkerId', 'chairId', 'changedById', 'commissionedById',
  'coordinatorId', 'countersignedById', 'createdById', 'decidedById', 'offenderManagerId', 'outcomeById', 'ownerUserId', 'passedById',
  'policeLeadId', 'probationLeadId', 'recordedById', 'referredById', 'registeredById', 'requesterId', 'reviewedById', 'staffId', 'uploadedById',
])
const isAgencyColumn = (key: string) => key === 'agencyId' || key.endsWith('AgencyId')

/**
 * Replaces staff and agency ids with their names (`authorId` becomes `author`), so the person can read who wrote
 * and who looked. Staff are not treated as third parties: ICO guidance on subject access says that information
 * about staff acting in their professional role is generally disclosed (it is about their work, which they
 * expect to be known), unless disclosure would put them at risk. That judgement is the reviewer's, case by case;
 * the bundle therefore names staff without marking them, and marks private people (victims, volunteers, people
 * mentioned in minutes and intelligence) for redaction review.
 */
export async function nameStaff(tx: Tx, sections: Sections): Promise<Sections> {
  const userIds = new Set<string>()
  const agencyIds = new Set<string>()
  for (const rows of Object.values(sections))
    for (const row of rows)
      for (const [key, value] of Object.entries(row)) {
        if (typeof value !== 'string') continue
        if (USER_COLUMNS.has(key)) userIds.add(value)
        else if (isAgencyColumn(key)) agencyIds.add(value)
      }
  const [users, agencies] = await Promise.all([
    tx.user.findMany({ where: { id: { in: [...userIds] } }, select: { id: true, name: true } }),
    tx.agency.findMany({ where: { id: { in: [...agencyIds] } }, select: { id: true, name: true } }),
  ])
  const names = new Map([...users, ...agencies].map((x) => [x.id, x.name]))
  const rename = (row: BundleRow): BundleRow => {
    const entries = Object.entries(row).map(([key, value]) =>
      (USER_COLUMNS.has(key) || isAgencyColumn(key)) && typeof value === 'string' ? [key.slice(0, -2), names.get(value) ?? value] : [key, value],
    )
    return Object.fromEntries(entries) as BundleRow
  }
  return Object.fromEntries(Object.entries(sections).map(([k, rows]) => [k, rows.map(rename)])) as Sections
}
