import 'server-only'
import { Prisma } from '../../generated/prisma/client'
import { countIndicator, type IndicatorDef } from './indicator-events'
import { startWindow, type TOutcomeFilter } from './outcome-filter'
import type { IndicatorCounts } from './person-joins'
import type { MeasureDef } from './indicator-table'

// A UTC timestamp column between London midnights of the window's days (so it can use the column's index).
const inLondonWindow = (column: Prisma.Sql, w: { from: string; to: string }) =>
  Prisma.sql`${column} >= (${w.from}::date::timestamp AT TIME ZONE 'Europe/London' AT TIME ZONE 'UTC')
    AND ${column} < (${w.to}::date::timestamp AT TIME ZONE 'Europe/London' AT TIME ZONE 'UTC')`

/** Appointments with an outcome, and of those attended / acceptable absence / unacceptable absence. */
export const appointmentMeasures: MeasureDef[] = [{ id: 'appointments' }, ...['attended', 'acceptable', 'unacceptable'].map((id) => ({ id, of: 'appointments', part: 'outcome' }))]
/** Enforcement decisions issued: warnings, breaches, recalls (counts of decisions, not people). */
export const enforcementMeasures: MeasureDef[] = [{ id: 'warnings' }, { id: 'breaches' }, { id: 'recalls' }]
/** Orders and licences ended, and of those completed successfully, ended with a breach during them, recalled. */
export const endingMeasures: MeasureDef[] = [{ id: 'ended' }, { id: 'completed', of: 'ended' }, { id: 'breached', of: 'ended' }, { id: 'recalled', of: 'ended' }]

/** Appointment attendance (compliance with supervision, strategy P2): appointments dated in the window, by London date. */
export const appointments: IndicatorDef = {
  events: (f) => Prisma.sql`
    WITH m AS (
      SELECT c."offenderId" AS offender_id, (c."occurredAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/London')::date AS day, c.outcome::text AS outcome
      FROM "Contact" c
      WHERE c.type = 'APPOINTMENT' AND c.outcome IS NOT NULL AND c."cancelledAt" IS NULL
        AND ${inLondonWindow(Prisma.sql`c."occurredAt"`, startWindow(f))}
    )`,
  counts: {
    appointments: Prisma.sql`TRUE`,
    attended: Prisma.sql`m.outcome = 'ATTENDED'`,
    acceptable: Prisma.sql`m.outcome = 'ACCEPTABLE_ABSENCE'`,
    unacceptable: Prisma.sql`m.outcome IN ('FAILED_TO_ATTEND', 'WARNING', 'BREACH', 'RECALL')`,
  },
}

/** Warnings, breaches and recalls issued (decided and, where needed, countersigned), by the London date decided. */
export const enforcement: IndicatorDef = {
  events: (f) => Prisma.sql`
    WITH m AS (
      SELECT a."offenderId" AS offender_id, (a."decidedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/London')::date AS day, a.kind::text AS kind
      FROM "EnforcementAction" a
      WHERE a.status = 'ISSUED' AND ${inLondonWindow(Prisma.sql`a."decidedAt"`, startWindow(f))}
    )`,
  counts: {
    warnings: Prisma.sql`m.kind = 'WARNING'`,
    breaches: Prisma.sql`m.kind = 'BREACH'`,
    recalls: Prisma.sql`m.kind = 'RECALL'`,
  },
}

/**
 * Endings of orders and licences (strategy P2 compliance): each that ended in the window, other than by death or
 * transfer out; completed = ended as completed or early for good progress; breached = a breach issued while it ran;
 * recalled = a recall recorded on it.
 */
export const endings: IndicatorDef = {
  events: (f) => {
    const w = startWindow(f)
    return Prisma.sql`
    WITH m AS (
      SELECT s."offenderId" AS offender_id, s."terminatedOn" AS day,
        s."terminationReason" IN ('COMPLETED', 'EARLY_GOOD_PROGRESS') AS completed,
        EXISTS (SELECT 1 FROM "EnforcementAction" a WHERE a."offenderId" = s."offenderId" AND a.status = 'ISSUED' AND a.kind = 'BREACH'
          AND a."decidedAt" >= s."startDate" AND a."decidedAt" < s."terminatedOn" + 1) AS breached,
        EXISTS (SELECT 1 FROM "SentenceEvent" e WHERE e."sentenceId" = s.id AND e.type = 'RECALLED') AS recalled
      FROM "Sentence" s
      WHERE s."terminatedOn" >= ${w.from}::date AND s."terminatedOn" < ${w.to}::date AND s."terminationReason" NOT IN ('DIED', 'TRANSFERRED_OUT')
    )`
  },
  counts: { ended: Prisma.sql`TRUE`, completed: Prisma.sql`m.completed`, breached: Prisma.sql`m.breached`, recalled: Prisma.sql`m.recalled` },
}

/** Raw counts per quarter and breakdown key of appointments, enforcement and endings. */
export const queryAppointments = (f: TOutcomeFilter): Promise<IndicatorCounts[]> => countIndicator(appointments, f)
export const queryEnforcement = (f: TOutcomeFilter): Promise<IndicatorCounts[]> => countIndicator(enforcement, f)
export const queryEndings = (f: TOutcomeFilter): Promise<IndicatorCounts[]> => countIndicator(endings, f)
