import 'server-only'
import { Prisma } from '../generated/prisma/client'
import type { Tx } from './db'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * Holds one row for the rest of the transaction, so that a step that checks the row's status (a meeting not yet
 * approved, a review not yet concluded) and the step that changes that status run one after the other: without it,
 * an action added in the same instant as "Conclude" saw the review still open (break test of issue 16); every COSA rota
 * write (assign, take off, respond) holds its CircleMeeting, so simultaneous ones cannot each pass the same check; and
 * every COSA "one per" record (a meeting's minutes, a volunteer's supervision on a day, a circle's questionnaire) holds
 * its parent row, so two sent at once record one and tell the other it exists (break test of issue 16, 1 Dec); a
 * booking onto a meeting also holds the CosaVolunteer (after the meeting; several in id order), so two circles cannot
 * book one volunteer at the same hour at once (cosa17 item 4); an
 * allocation or accepted transfer holds the Offender, so the restriction list follows the manager it actually replaced;
 * every write to a circle holds its Circle first (circleOf, and generateRota for each circle it staffs), so its status
 * check and a close or ending run one after the other, and a COSA referral or its acceptance holds the Offender, so
 * a person has one circle at a time (break test of issue 16, f16c); a change of an agency's kind holds the Agency, so a
 * user saved meanwhile (whose check reads the agency FOR SHARE) is checked against the kind that wins (review 65b B5).
 * The lock is `FOR NO KEY UPDATE`: it serialises every caller of lockRow on the row as `FOR UPDATE` would, but does
 * not block the `KEY SHARE` lock a foreign-key insert takes on its parent, so a transaction holding a meeting does not
 * stop another from recording a drop-out on it while that one holds the volunteer the first waits for (the deadlock
 * behind break test 25, D1, once worked around by locking each caller's meetings first; review of 2 Dec).
 * Input: the table (a fixed name) and the row's id; an id that is not a UUID locks nothing (the read after it finds
 * nothing either). Output: none. Errors: none of its own.
 */
export async function lockRow(tx: Tx, table: 'MappaMeeting' | 'MappaSeriousCaseReview' | 'CircleMeeting' | 'Circle' | 'CosaVolunteer' | 'Offender' | 'Agency', id: string): Promise<void> {
  if (!UUID.test(id)) return
  await tx.$queryRaw`SELECT 1 FROM ${Prisma.raw(`"${table}"`)} WHERE id = ${id}::uuid FOR NO KEY UPDATE`
}
