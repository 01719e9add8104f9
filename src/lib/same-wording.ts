/**
 * Text as compared for "the same": the ends and runs of spaces ignored, letter case ignored (Welsh rules), accents
 * kept. Input: text, or null/undefined (compared as empty). Output: the text to compare.
 * Used for a person's name in a circle (issue 16 D8) and an appointment's place (break 56 F3: `cardiff OFFICE` for
 * "Cardiff office" was counted as a move).
 */
export const wordingKey = (text: string | null | undefined): string => (text ?? '').normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('cy')

/** Whether two texts say the same (wordingKey). Input: two texts or nulls. Output: boolean. */
export const sameWording = (a: string | null | undefined, b: string | null | undefined): boolean => wordingKey(a) === wordingKey(b)
