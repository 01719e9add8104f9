/**
 * How two attendee names are compared: compatibility-composed (a ligature "ﬃ" copied from a PDF is "ffi", a
 * decomposed accent is composed), without characters that draw nothing (default-ignorable: zero-width spaces, the
 * combining grapheme joiner, variation selectors), every apostrophe shape as one, single spaces, any case. Input: a
 * name as stored or typed. Output: the key two spellings of one person share (break 45 F1, break 46 F1, break 47 F2–F3).
 */
export function attendeeNameKey(name: string): string {
  return name.replace(/\p{Default_Ignorable_Code_Point}/gu, '').normalize('NFKC').replace(/[\u2018\u2019\u02BC\u0060\u00B4\u2032]/gu, "'").replace(/\s+/gu, ' ').trim().toLocaleLowerCase('en')
}

/** Whether two attendee names are one person's (attendeeNameKey). */
export const sameAttendeeName = (a: string, b: string) => attendeeNameKey(a) === attendeeNameKey(b)
