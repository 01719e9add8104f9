/**
 * Police National Computer ids, one normal form (issue 15 item 7). People write the same PNC id several ways:
 * "2024/5497951L", "24/5497951L", "2024/0123456A" as "2024/123456A", or with the slash left out ("20245497951L").
 * Llwybr stores and compares the full form: a four-digit year, "/", the serial zero-padded to seven digits and the
 * check letter, upper case. (The check letter is not verified: records from other systems carry whatever they carry.)
 */

const WITH_SLASH = /^(\d{2}|\d{4})\/(\d{1,7})([A-Z])$/
// Without the slash the serial must be the full seven digits, or the split between year and serial is ambiguous.
const WITHOUT_SLASH = /^(\d{2}|\d{4})(\d{7})([A-Z])$/

/** A two-digit year is this century unless that would put it in the future (so "98" is 1998). */
function fullYear(yy: string, now: Date): string {
  if (yy.length === 4) return yy
  const century = Math.floor(now.getUTCFullYear() / 100) * 100
  const year = century + Number(yy)
  return String(year > now.getUTCFullYear() ? year - 100 : year)
}

/**
 * The full form of a PNC id, or null when `input` is not one.
 * @param input user-typed text, any case, surrounding spaces allowed
 * @param now the date that decides the century of a two-digit year (default: now)
 * @returns e.g. "2024/5497951L" for "24/5497951l" or "20245497951L"
 */
export function normalisePnc(input: string, now: Date = new Date()): string | null {
  const s = input.trim().toUpperCase().replace(/\s+/g, '')
  const m = WITH_SLASH.exec(s) ?? WITHOUT_SLASH.exec(s)
  if (!m) return null
  return `${fullYear(m[1]!, now)}/${m[2]!.padStart(7, '0')}${m[3]!}`
}
