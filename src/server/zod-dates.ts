import { z } from 'zod'

/** The first and last calendar days a form accepts (London dates as YYYY-MM-DD). */
export const EARLIEST_DAY = '1900-01-01'
export const LATEST_DAY = '2099-12-31'

/**
 * A calendar day typed into a form or a filter: a real date (`invalidDate`) from 1900 to 2099 (`dateOutOfRange`).
 * The year 0000 passed the format check and then failed in PostgreSQL, which has no year 0, as a server error; the
 * year 9999 was saved and made a review never fall due (break test of issue 16). Output: the YYYY-MM-DD string.
 */
export const isoDay = () => z.iso.date('invalidDate').refine((d) => d >= EARLIEST_DAY && d <= LATEST_DAY, { message: 'dateOutOfRange', abort: true })
