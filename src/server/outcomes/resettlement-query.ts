import 'server-only'
import { Prisma } from '../../generated/prisma/client'
import { countIndicator, type IndicatorDef } from './indicator-events'
import { startWindow, type TOutcomeFilter } from './outcome-filter'
import type { IndicatorCounts } from './person-joins'
import type { MeasureDef } from './indicator-table'

const SETTLED = Prisma.sql`'SETTLED_SUITABLE'`
const EMPLOYED = Prisma.sql`('FULL_TIME', 'PART_TIME', 'SELF_EMPLOYED')`
const IN_ETE = Prisma.sql`('FULL_TIME', 'PART_TIME', 'SELF_EMPLOYED', 'EDUCATION_TRAINING')`

// Of the rows of `m` (each with the accommodation recorded for it, if any): recorded at all, and settled and suitable.
const accommodationCounts = { recorded: Prisma.sql`m.accommodation IS NOT NULL`, settled: Prisma.sql`m.accommodation = ${SETTLED}` }

/** Releases, and of those with accommodation and ETE recorded, settled and suitable / in ETE. */
export const releaseMeasures: MeasureDef[] = [{ id: 'releases' }, { id: 'recorded', of: 'releases' }, { id: 'settled', of: 'recorded' }, { id: 'ete', of: 'recorded' }]
/** Orders and licences ended, and of those with a termination record, settled and suitable / employed. */
export const terminationMeasures: MeasureDef[] = [{ id: 'ended' }, { id: 'recorded', of: 'ended' }, { id: 'settled', of: 'recorded' }, { id: 'employed', of: 'recorded' }]

/**
 * Accommodation and ETE on release (strategy P3): each release from custody in the window, with the person's first
 * accommodation and ETE record dated on the release day or within 7 days after it (the record made with the release,
 * or the one the officer is prompted for; HMPPS measures accommodation on the first night). Not recorded is counted.
 */
export const releaseResettlement: IndicatorDef = {
  events: (f) => {
    const w = startWindow(f)
    return Prisma.sql`
    WITH m AS (
      SELECT e."offenderId" AS offender_id, (e.values->>'on')::date AS day, snap.accommodation, snap.ete
      FROM "SentenceEvent" e
      LEFT JOIN LATERAL (
        SELECT s.accommodation::text, s.ete::text FROM "CircumstanceSnapshot" s
        WHERE s."offenderId" = e."offenderId" AND s."asAt" >= (e.values->>'on')::date AND s."asAt" <= (e.values->>'on')::date + 7
        ORDER BY s."asAt", s."createdAt" LIMIT 1
      ) snap ON TRUE
      WHERE e.type = 'RELEASED' AND (e.values->>'on')::date >= ${w.from}::date AND (e.values->>'on')::date < ${w.to}::date
    )`
  },
  counts: { releases: Prisma.sql`TRUE`, ...accommodationCounts, ete: Prisma.sql`m.ete IN ${IN_ETE}` },
}

/** Raw counts of releaseResettlement per quarter and breakdown key. */
export const queryReleaseResettlement = (f: TOutcomeFilter): Promise<IndicatorCounts[]> => countIndicator(releaseResettlement, f)

/**
 * Accommodation and employment at the end of an order or licence (strategy P3): every order, licence or custodial
 * sentence whose supervision ended in the window (any reason but death or transfer out), with the record termination
 * requires (occasion TERMINATION on that sentence).
 */
export const terminationResettlement: IndicatorDef = {
  events: (f) => {
    const w = startWindow(f)
    return Prisma.sql`
    WITH m AS (
      SELECT s."offenderId" AS offender_id, s."terminatedOn" AS day, snap.accommodation, snap.ete
      FROM "Sentence" s
      LEFT JOIN LATERAL (
        SELECT c.accommodation::text, c.ete::text FROM "CircumstanceSnapshot" c
        WHERE c."sentenceId" = s.id AND c.occasion = 'TERMINATION' ORDER BY c."createdAt" DESC LIMIT 1
      ) snap ON TRUE
      WHERE s."terminatedOn" >= ${w.from}::date AND s."terminatedOn" < ${w.to}::date
        AND s."terminationReason" NOT IN ('DIED', 'TRANSFERRED_OUT')
    )`
  },
  counts: { ended: Prisma.sql`TRUE`, ...accommodationCounts, employed: Prisma.sql`m.ete IN ${EMPLOYED}` },
}

/** Raw counts of terminationResettlement per quarter and breakdown key. */
export const queryTerminationResettlement = (f: TOutcomeFilter): Promise<IndicatorCounts[]> => countIndicator(terminationResettlement, f)
