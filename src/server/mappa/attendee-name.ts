import { asPersonName } from '../zod-fields'

// Every shape an apostrophe is typed or pasted in (curly, reversed, modifier letters such as the ʻokina, prime, acute,
// grave, fullwidth), and every hyphen shape (non-breaking, figure, en dash, minus): none makes another person
// (break 47 F3, break 48 F4: "O‛Brien", "OʻBrien" and a non-breaking hyphen made a second attendee).
const APOSTROPHES = /[\u2018\u2019\u201A\u201B\u02B9\u02BB\u02BC\u02BD\u02C8\u0060\u00B4\u2032\u2035\uFF07]/gu
const HYPHENS = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/gu

/**
 * How two attendee names are compared: the name as `personName` stores it (asPersonName: composed, nothing that draws
 * nothing, single spaces), every apostrophe shape as one (before compatibility composition, which makes an acute
 * accent "´" a space and a combining accent: break 49), compatibility-composed (a ligature "ﬃ" copied from a PDF is
 * "ffi"), every hyphen shape as one, any case. Input: a name as stored or typed. Output: the key two spellings of one person
 * share (break 45 F1, break 46 F1, break 47 F2–F3, break 48 F4–F5).
 */
export function attendeeNameKey(name: string): string {
  return asPersonName(name.trim()).replace(APOSTROPHES, "'").normalize('NFKC').replace(HYPHENS, '-').replace(/\s+/gu, ' ').trim().toLocaleLowerCase('en')
}

/** Whether two attendee names are one person's (attendeeNameKey). */
export const sameAttendeeName = (a: string, b: string) => attendeeNameKey(a) === attendeeNameKey(b)

/**
 * The attendance rows that share a name (attendeeNameKey) with a row of another agency: each row's id with those
 * other rows' agencies, so the chair can see and remove a second row of one person. Not merged, and not refused when
 * added: two people of one name can work for two agencies (break 48 F2: the chair typed in under another agency, then
 * added by reading the statement, was listed twice in the approved minutes). Input: the meeting's attendance rows.
 * Output: a Map from row id to the other agencies (in list order); rows with no namesake are absent.
 */
export function namesakesInOtherAgencies<R extends { id: string; name: string; agencyId: string; agency: unknown }>(rows: R[]): Map<string, R['agency'][]> {
  const keyed = rows.map((r) => ({ row: r, key: attendeeNameKey(r.name) }))
  return new Map(keyed.flatMap(({ row, key }) => {
    const others = keyed.filter((o) => o.key === key && o.row.agencyId !== row.agencyId).map((o) => o.row.agency)
    return others.length ? [[row.id, others] as const] : []
  }))
}
