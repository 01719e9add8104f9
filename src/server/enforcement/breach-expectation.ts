import 'server-only'
import type { prisma, Tx } from '../db'
import { breachExpectedFor } from './enforcement-rules'

export type IssuedWarning = { id: string; at: Date }

/** The warnings issued to the person, with when (the dates the 12-month breach rule looks at). */
export async function issuedWarnings(db: Tx | typeof prisma, offenderId: string): Promise<IssuedWarning[]> {
  const rows = await db.enforcementAction.findMany({
    where: { offenderId, kind: 'WARNING', status: 'ISSUED', decidedAt: { not: null } },
    select: { id: true, decidedAt: true },
  })
  return rows.map((r) => ({ id: r.id, at: r.decidedAt! }))
}

/** The warning that makes breach the expected course for this enforcement record's failure to attend, or null. */
export const triggeringWarning = (enforcementId: string, failureAt: Date, warnings: IssuedWarning[]) =>
  breachExpectedFor(failureAt, warnings.filter((w) => w.id !== enforcementId).map((w) => w.at))

/** Whether breach is the expected course for this failure to attend, and the warning that makes it so. */
export async function breachExpectation(db: Tx, enforcementId: string, offenderId: string, failureAt: Date) {
  const warningAt = triggeringWarning(enforcementId, failureAt, await issuedWarnings(db, offenderId))
  return { breachExpected: warningAt !== null, warningAt }
}
