import type { OffenderRow } from '../../src/server/offenders/offender.select'

/** A list row as tests compare it: a shown person's id, or `restricted` (a redacted row carries no id, ADR 0023). */
export const rowIdOf = (r: OffenderRow) => (r.restricted ? 'restricted' : r.id)
export const rowIds = (rows: OffenderRow[]) => rows.map(rowIdOf)
