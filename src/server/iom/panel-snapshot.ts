import 'server-only'
import type { Tx } from '../db'

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
 * since the form was drawn, or in flight while it was. Input: the transaction (holding the person's row), the cohort's
 * and the person's ids, the form's snapshot (read by `drawnAs`, so PostgreSQL accepts it). Output: true if so.
 */
export async function decidedSince(tx: Tx, cohortId: string, offenderId: string, drawnAs: string): Promise<boolean> {
  const [row] = await tx.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM "IomPanelDecision"
    WHERE "cohortId" = ${cohortId}::uuid AND "offenderId" = ${offenderId}::uuid
      AND NOT pg_visible_in_snapshot("decidedInXact", ${drawnAs}::pg_snapshot)`
  return (row?.n ?? 0) > 0
}
