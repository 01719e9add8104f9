import 'server-only'
import { createHash } from 'node:crypto'
import type { Tx } from '../db'
import { prisma } from '../db'

/**
 * A short fingerprint of a meeting's draft minutes (issue 16 MAPPA fix item 2): the meeting's version, statement and
 * close, every agenda item's version, status and place, attendance and the actions agreed. The approve form carries
 * the fingerprint seen when the page rendered; approval refuses if it no longer matches, so the chair never approves
 * minutes they have not seen. Chosen over a new meeting-version column: no migration, and it also catches drafts and
 * attendance, which change other rows. Input: a transaction or the client and the meeting's id. Output: 16 hex chars.
 */
export async function minutesFingerprint(db: Tx | typeof prisma, meetingId: string): Promise<string> {
  const meeting = await db.mappaMeeting.findUniqueOrThrow({
    where: { id: meetingId },
    select: {
      version: true,
      statementAt: true,
      minuteTaker: true,
      endedAt: true,
      agendaItems: { select: { id: true, version: true, status: true, position: true }, orderBy: { id: 'asc' } },
      attendance: { select: { id: true, status: true }, orderBy: { id: 'asc' } },
      actions: { select: { id: true, version: true }, orderBy: { id: 'asc' } },
    },
  })
  return createHash('sha256').update(JSON.stringify(meeting)).digest('hex').slice(0, 16)
}
