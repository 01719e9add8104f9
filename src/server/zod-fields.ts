import { z } from 'zod'
import { EARLIEST_DAY, LATEST_DAY, londonLocalProblem, londonLocalToDate } from '../lib/dates'

/**
 * A datetime-local field read as London time; a time the clocks skip says so rather than moving an hour. Left empty
 * (or only spaces) it says "Enter the date and time" (`dateTimeRequired`), not that a real one is wanted (walk 60 F10);
 * its day must be from 1900 to 2099 (`dateOutOfRange`, as a date's).
 */
export const londonTime = z.string('dateTimeRequired').transform((v, ctx) => {
  if (ONLY_INVISIBLE.test(v.trim())) return ctx.addIssue({ code: 'custom', message: 'dateTimeRequired' }), z.NEVER
  const problem = londonLocalProblem(v)
  if (problem === 'invalidDateTime') return ctx.addIssue({ code: 'custom', message: problem }), z.NEVER
  // As a calendar day: the year 0001 was told the clocks go forward, the year 9999 was saved (break 61 F8, F9, F10).
  const day = v.slice(0, 10)
  if (day < EARLIEST_DAY || day > LATEST_DAY) return ctx.addIssue({ code: 'custom', message: 'dateOutOfRange' }), z.NEVER
  if (problem) return ctx.addIssue({ code: 'custom', message: problem }), z.NEVER
  return londonLocalToDate(v)!
})

/** A London wall time that must be in the future (arranging, scheduling: never booking the past). */
export const futureLondonTime = londonTime.refine((at) => at.getTime() > Date.now(), 'mustBeFuture')

// Whitespace, every Unicode format character (Cf: zero-width space/joiners, bidi marks and controls, word joiner,
// byte-order mark, soft hyphen, tag characters), every default-ignorable one (the Hangul fillers U+115F, U+1160,
// U+3164, U+FFA0, the combining grapheme joiner U+034F, variation selectors) and the braille blank U+2800: text made
// only of them is blank to a reader, so it must not count as a value. Before, only some were listed and a
// right-to-left mark or a Hangul filler alone passed as a name (fix16b item 1). HIDDEN is the one list of what draws
// nothing inside text (break 48 F3: U+034F inside a CRN was refused while names dropped it).
const HIDDEN = String.raw`\p{Cf}\p{Default_Ignorable_Code_Point}`
// A braille blank draws a space's width: inside a name it separates words (break 48 F5: "Bethan\u2800Prosser").
const BLANK_WIDTH = '\u2800'
const DRAWS_NOTHING = `${HIDDEN}${BLANK_WIDTH}`
/**
 * One character that draws nothing, or nothing but a blank: HIDDEN, the braille blank, a line or paragraph separator.
 * Where text must be read exactly as shown (a file's name), any one is refused (review 64 K2).
 */
export const DRAWS_NOTHING_CHARACTER = new RegExp(`[${DRAWS_NOTHING}\\u2028\\u2029]`, 'u')
const INVISIBLE = `[\\s${DRAWS_NOTHING}]`
// Combining marks (accents, enclosing circles) draw nothing without a letter, digit or symbol to sit on: text of only
// them and the characters above is blank too (break test 27, D4: a venue of only accents passed as required).
const ONLY_INVISIBLE = new RegExp(`^(?:${INVISIBLE}|\\p{M})*$`, 'u')
// Tag characters (U+E0000-E007F, format characters too) end a subdivision flag such as Wales's 🏴 at the end of
// text, and a variation selector (default-ignorable) gives the character before it its emoji or text form (❤️): they
// are trimmed only when nothing visible is left, never from the edge of text that has a visible character.
const EDGE = String.raw`(?:(?![\u{E0000}-\u{E007F}\uFE00-\uFE0F\u{E0100}-\u{E01EF}])${INVISIBLE})+`
const INVISIBLE_EDGES = new RegExp(`^${EDGE}|${EDGE}$`, 'gu')
/** Text with whitespace and invisible characters trimmed from both ends as trimmedText does: '' when blank() calls it blank. */
export const trimInvisible = (s: string) => (ONLY_INVISIBLE.test(s) ? '' : s.replace(INVISIBLE_EDGES, ''))

/**
 * A text field with whitespace and invisible characters trimmed from both ends, so `.min(1)` refuses text that is
 * only those (COSA break test item 6). Use it instead of `z.string().trim()`; `message` is the type-error key.
 */
export const trimmedText = (message?: string) => z.string(message).overwrite(trimInvisible).refine((s) => !isUnreadable(s), 'unreadableCharacters')

// Format characters and fillers anywhere in a search or name: pasted from a document they sit inside a CRN unseen.
// Except inside an emoji, where they are its parts: a skin tone's or a presentation's selector, the joiner of a
// sequence ("👩🏽\u200D⚕️"), a keycap, the tags of a subdivision flag (Wales): kept whole (break 49: a name lost them).
const EMOJI_PART = String.raw`\p{Extended_Pictographic}[\u{1F3FB}-\u{1F3FF}\uFE0E\uFE0F]*`
const EMOJI = String.raw`\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}|${EMOJI_PART}(?:\u200D${EMOJI_PART})*|[0-9#*]\uFE0F?\u20E3`
const HIDDEN_INSIDE = new RegExp(`(${EMOJI})|[${HIDDEN}]`, 'gu')
const withoutHidden = (s: string) => s.replace(HIDDEN_INSIDE, (_, emoji?: string) => emoji ?? '')
const BLANKS_INSIDE = new RegExp(`[\\s${BLANK_WIDTH}]+`, 'gu')

/**
 * What is typed to search (a name, CRN or PNC): trimmedText with invisible format characters taken out everywhere,
 * not only at the ends (walk 45 F2: "W10\u200B0037" found nothing while the message showed what looked like W100037).
 */
export const searchText = () => trimmedText().overwrite((s) => withoutHidden(s).replaceAll(BLANK_WIDTH, ' '))

/** A CRN: a letter and six digits (domain.md), upper case once typed. */
export const CRN_FORMAT = /^[A-Z]\d{6}$/

/** Whether search text is a CRN in either case (CRN_FORMAT once upper-cased): the search then looks for that one person. */
export const isCrn = (q: string) => CRN_FORMAT.test(q.toUpperCase())

/**
 * A CRN typed or pasted into a form: searchText upper-cased, then a letter and six digits (VALIDATION `invalidCrn`).
 * Every CRN field uses it, so an invisible character pasted inside is taken out as the search does (walk/break 46: the
 * agenda's "Add a nominal" refused "W10\u200B9324" that "Find the nominal" found).
 */
export const typedCrn = () => searchText().toUpperCase().regex(CRN_FORMAT, 'invalidCrn')

/**
 * A person's name as typed, in one form: composed accents (an "o" and a combining circumflex become "ô"), no invisible
 * characters, single spaces (a no-break space, a braille blank or two spaces are one), so two entries of one name
 * compare equal (break 46 F1: "Gareth  Evans", a no-break space, "Gar\u200Beth" or a decomposed Welsh accent made a second attendee).
 */
export const personName = () => trimmedText().overwrite(asPersonName)

// A letter carries at most two accents in any written language; a stack of them draws over the lines around it. A
// legal name is letters with their accents, spaces, hyphens, apostrophes and full stops (break 51 F7: "Z" and 31
// combining marks, and two emoji, were saved; re-break 51 F4: digits, "_", Roman numerals, and a composed letter with
// two more accents passed). Marks are counted on the decomposed text, so a composed "Á" counts its accent.
const STACKED_MARKS = /\p{M}{3,}/u
// Digits are kept (a name recorded as "Jones 2" to tell two records apart, and fixtures' tags), but not without a letter.
// Accents only (\p{Mn}, \p{Mc}): an enclosing mark makes a keycap or a circled letter (break 52 F12: "2\u20E3").
const NAME_CHARACTERS = /^(?=.*\p{L})[\p{L}\p{Mn}\p{Mc}\p{Nd}\p{Pd} '’‘ʼ.]+$/u
// A compatibility character (fullwidth Ａ, mathematical 𝐀, a ligature such as ﷺ) is another way of drawing letters a
// name already has: it must be typed as those letters (break 52 F12), so a name search and a duplicate check find it.
const isCompatibilityFree = (s: string) => s.normalize('NFKC') === s.normalize('NFC')

/**
 * A person's legal name as recorded from court or police papers (a new person's first and last names, a COSA
 * volunteer's): trimmedText of 1 to 80 characters, stored as `asPersonName` does (composed, nothing invisible inside,
 * single spaces), of letters with at most two accents each, digits, spaces, hyphens, apostrophes and full stops,
 * with at least one letter (`nameCharacters`). Output: the name to store.
 */
export const legalName = () =>
  trimmedText()
    .min(1)
    .max(80)
    .overwrite((s) => asPersonName(s))
    .refine((s) => NAME_CHARACTERS.test(s) && !STACKED_MARKS.test(s.normalize('NFD')) && isCompatibilityFree(s), 'nameCharacters')

/**
 * A name as `personName` stores it: composed (NFC), characters that draw nothing taken out, every run of blanks (a
 * no-break space, a braille blank) one space. Input: trimmed text. Output: the name to store and compare.
 */
export const asPersonName = (s: string) => withoutHidden(s.normalize('NFC')).replace(BLANKS_INSIDE, ' ')

/**
 * A reference-data code (an agency's, an LDU's): capitals and digits in groups joined by single hyphens, 2–40
 * characters after trimming and upper-casing. VALIDATION `codeFormat`. A code of hyphens only ("--") or with a hyphen
 * at either end was accepted before (break 28 D3).
 */
export const referenceCode = () => trimmedText().toUpperCase().min(2).max(40).regex(/^[A-Z0-9]+(?:-[A-Z0-9]+)*$/, 'codeFormat')

// U+FFFD is what a decoder leaves for bytes that were not valid UTF-8 (a lone surrogate sent CESU-encoded, a file in
// another encoding); a lone surrogate cannot be stored as UTF-8 at all. Either would print as "���" in a name or the
// minutes, so the text is refused, with its own message, rather than saved (break test 22, D4). Noncharacters
// (U+FFFF, U+FDD0…) are never text either and printed as "�" in the minutes PDF (break test 25, D2).
// Inside text, a byte-order mark, a line or paragraph separator (U+2028/2029: a newline is \n), a private-use character
// (drawn as a box or nothing, its meaning known only to the program that made it) or a tag character outside an emoji
// tag sequence is no readable text either, only something hidden in it (break test 27, D4). At the edges they are
// trimmed like other invisible characters; a field of only them is blank.
const UNREADABLE = /\uFFFD|\p{Cs}|\p{Noncharacter_Code_Point}|\uFEFF|\u2028|\u2029|\p{Co}|[\u{E0000}-\u{E007F}]/u
// A subdivision flag (Wales 🏴 = black flag, tag letters g b w l s, cancel tag) is the one place tag characters belong.
const TAG_SEQUENCE = /(\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F})/u
/** Text split so that the odd-numbered parts are emoji tag sequences, which are kept whole. */
const outsideFlags = (s: string) => s.split(TAG_SEQUENCE).filter((_, i) => i % 2 === 0)
const isUnreadable = (s: string) => outsideFlags(s).some((part) => UNREADABLE.test(part))

/** Whether a checkbox's value says ticked: 'on' from a posted form, 'true' or true from a call. */
export const ticked = (v: unknown) => v === 'on' || v === 'true' || v === true

/** A checkbox, ticked or not (an unticked box posts nothing, which is false). */
export const checkbox = z.preprocess(ticked, z.boolean())

/** The "Yes, I am sure" box of an irreversible step (requireConfirmed in confirm-step.ts), ticked or not. */
export const confirmed = checkbox

/**
 * An email address typed into a form: trimmed of spaces and invisible characters first (re-break 52 F6: a space pasted
 * after a COSA enquirer's address was refused as badly formed), at most 200 characters, then `invalidEmail` unless it is
 * one; left empty, `emailRequired` (walk 60 F10). Kept in the letter case typed. Output: the address.
 */
export const emailAddress = () => trimmedText().min(1, 'emailRequired').max(200).pipe(z.email('invalidEmail'))

/**
 * An empty form field is absent, so `.optional()` applies to it; one of only spaces is empty too (break 57 F2, F3: a
 * Welsh name of spaces was stored as "", which no later form could name, and a Welsh source of spaces was a change on
 * every save), and so is one of only characters that draw nothing (zero-width, joiners, a braille blank: break 59 F2,
 * a PNC of U+200B was refused as badly formed). Input: a form value. Output: the value, or undefined.
 */
export const blank = (v: unknown) => (v === null || (typeof v === 'string' && ONLY_INVISIBLE.test(v)) ? undefined : v)
/** As `blank`, for a field whose "not given" is stored as null (`.nullable()`): absent, empty or nothing visible is null. */
export const blankToNull = (v: unknown) => blank(v) ?? null
/**
 * The options of a rule across a form's fields whose message goes on `field` (e.g. "a reason is required when
 * declining"): it runs even when other fields were refused, so every problem is listed in one round (walk 40 D4), but
 * not when `field`'s own value was refused, whose message already says what is wrong there (break 61 F6: 31 February
 * said "Enter a real date" and then "The date and time must be in the future"), nor when a field it compares `field`
 * with (`reads`) is no value at all (a format or type refusal: a next review "after" a held-on date of 2026-13-01
 * says nothing true, review 62); one refused by a rule of its own (a review date in the future) is still compared.
 * Input: the field, the catalogue key, the other fields the rule reads. Output: the options for `.refine`.
 */
export const ruleOnField = (field: string, message: string, reads: string[] = []) => ({
  path: [field],
  message,
  when: (payload: { issues: readonly { path?: readonly PropertyKey[]; code?: string }[] }) =>
    !payload.issues.some((issue) => {
      const at = String(issue.path?.[0])
      return at === field || (reads.includes(at) && issue.code !== 'custom')
    }),
})

/** A `YYYY-MM-DD` date field as the date-only value `@db.Date` columns hold. */
export const asDate = (d: string) => new Date(`${d}T00:00:00Z`)
/** A 24-hour London wall-clock time, `HH:MM`. */
export const clockTime = z.string().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'invalidTime')
/** A repeated form field (checkbox group, multi-select) as an array, however many were ticked. */
export const manyIds = (max: number) => z.preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(z.uuid()).max(max))

/**
 * Form fields named with dots (`offences.0.category`, `requirements.CURFEW.hoursPerDay`) as nested objects, so a
 * zod issue's path names the very field it is about. Input that is already nested passes through unchanged.
 */
export function nestDotted(v: unknown): unknown {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return v
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(v)) {
    const parts = key.split('.')
    // A field named `__proto__.x` would otherwise write to Object.prototype for the whole process.
    if (parts.some(isUnsafeKey)) continue
    let at = out
    for (const part of parts.slice(0, -1)) {
      const next = Object.hasOwn(at, part) ? at[part] : undefined
      at = (next && typeof next === 'object' ? next : (at[part] = {})) as Record<string, unknown>
    }
    at[parts.at(-1)!] = value
  }
  return out
}

/** Names that reach an object's prototype when used as a key; no form field is ever called that. */
export const isUnsafeKey = (key: string) => key === '__proto__' || key === 'constructor' || key === 'prototype'

/** True when every field of a nested form block was left empty (the block was not filled in at all). */
export const isBlankBlock = (v: unknown): boolean =>
  blank(v) === undefined || (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every(isBlankBlock))

// NUL and other C0/C1 controls break storage and display (tab and line breaks are ordinary text); bidirectional
// overrides, isolates and marks (left-to-right, right-to-left, Arabic letter mark: fix16b item 1) make text read
// differently from what is stored (security.md IV-2).
// A file's name refuses tab and line breaks too (fileNameProblem).
export const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/

/**
 * The form's values with every text made only of invisible characters (whitespace, format characters such as bidi
 * marks, fillers) and holding a control character among them blanked to '', so the field's own rule answers: "Give a
 * reason", "Enter a name", or absent when it is optional (text of only the others is trimmed to blank by trimmedText).
 * A field that looks empty was told to remove hidden control characters when one of them was a bidi mark (break 38:
 * U+200B U+200E U+3164), and nothing of such text may be stored. Input and output: a form's values.
 */
export const blankedInvisible = (values: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(values).map(([field, v]) => [field, Array.isArray(v) ? v.map(blankIfInvisible) : blankIfInvisible(v)]))
const blankIfInvisible = (v: unknown) => (typeof v === 'string' && v !== '' && CONTROL.test(v) && ONLY_INVISIBLE.test(v) ? '' : v)

/** Names of the form fields whose text (or any of whose repeated values) holds such characters. */
export const fieldsWithControlCharacters = (values: Record<string, unknown>): string[] =>
  Object.entries(values)
    .filter(([, v]) => (Array.isArray(v) ? v : [v]).some((x) => typeof x === 'string' && CONTROL.test(x)))
    .map(([field]) => field)

/** Names of the form fields whose text holds U+FFFD, a lone surrogate or another UNREADABLE character: refused as unreadable. */
export const fieldsWithUnreadableCharacters = (values: Record<string, unknown>): string[] =>
  Object.entries(values)
    .filter(([, v]) => (Array.isArray(v) ? v : [v]).some((x) => typeof x === 'string' && isUnreadable(trimInvisible(x))))
    .map(([field]) => field)

const CONTROLS = new RegExp(`${CONTROL.source}|${UNREADABLE.source}`, 'gu')

/** The form's values with those characters (and unreadable ones) removed from the named fields: what the rest of its checks should see. */
export const withoutControlCharacters = (values: Record<string, unknown>, fields: string[]): Record<string, unknown> =>
  Object.fromEntries(Object.entries(values).map(([field, v]) => [field, fields.includes(field) ? strip(v) : v]))
const strip = (v: unknown): unknown => (Array.isArray(v) ? v.map(strip) : typeof v === 'string' ? v.split(TAG_SEQUENCE).map((part, i) => (i % 2 ? part : part.replace(CONTROLS, ''))).join('') : v)
