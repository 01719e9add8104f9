import 'server-only'
import type { Tx } from '../db'
import { invalid } from '../errors'

/**
 * The database snapshot a panel form is drawn in, as PostgreSQL writes it ("xmin:xmax:xip,…"), read before the
 * candidate list so every decision that list was drawn after is visible in it, and one still being recorded is not.
 * Input: the client or transaction to read with. Output: the snapshot's text (review 62 item 2: the time the page was
 * drawn, by the app server's clock, passed a decision being recorded meanwhile, or stamped by another instance's clock).
 */
export async function panelSnapshot(db: Pick<Tx, '$queryRaw'>): Promise<string> {
  const [row] = await db.$queryRaw<{ snapshot: string }[]>`SELECT pg_current_snapshot()::text AS snapshot`
  return row!.snapshot
}

/**
 * Whether a decision on the candidate was recorded in a transaction the form's snapshot does not see: committed
 * since the form was drawn, or in flight while it was. A snapshot no page could have been drawn in yet (its xmax past
 * the database's own) would see every decision, so it is a form that cannot be read (break 63 F1: a `drawnAt` set in
 * the future passed as drawn after them all). Input: the transaction (holding the person's row), the cohort's and the
 * person's ids, the form's snapshot (read by `drawnAs`, so PostgreSQL accepts it). Output: true if decided since.
 * Errors: VALIDATION `drawnAs` formVersionUnreadable.
 */
export async function decidedSince(tx: Tx, cohortId: string, offenderId: string, drawnAs: string): Promise<boolean> {
  const [row] = await tx.$queryRaw<{ ahead: boolean; n: number }[]>`
    SELECT pg_snapshot_xmax(${drawnAs}::pg_snapshot) > pg_snapshot_xmax(pg_current_snapshot()) AS ahead,
      (SELECT count(*)::int FROM "IomPanelDecision"
        WHERE "cohortId" = ${cohortId}::uuid AND "offenderId" = ${offenderId}::uuid
          AND NOT pg_visible_in_snapshot("decidedInXact", ${drawnAs}::pg_snapshot)) AS n`
  if (row?.ahead) throw invalid('drawnAs', 'formVersionUnreadable')
  return (row?.n ?? 0) > 0
}
