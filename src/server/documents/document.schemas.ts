import { z } from 'zod'
import { blank, CONTROL, DRAWS_NOTHING_CHARACTER, trimmedText } from '../zod-fields'

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b)
const ZIP = [0x50, 0x4b, 0x03, 0x04]
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

/**
 * Accepted files: PDF, images and Office documents. The extension decides the type we store and serve; the
 * first bytes must agree with it, so a renamed executable or HTML page is refused.
 */
export const documentTypes: Record<string, { contentType: string; matches: (head: Uint8Array) => boolean }> = {
  pdf: { contentType: 'application/pdf', matches: (h) => startsWith(h, [0x25, 0x50, 0x44, 0x46]) },
  png: { contentType: 'image/png', matches: (h) => startsWith(h, [0x89, 0x50, 0x4e, 0x47]) },
  jpg: { contentType: 'image/jpeg', matches: (h) => startsWith(h, [0xff, 0xd8, 0xff]) },
  jpeg: { contentType: 'image/jpeg', matches: (h) => startsWith(h, [0xff, 0xd8, 0xff]) },
  docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', matches: (h) => startsWith(h, ZIP) },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', matches: (h) => startsWith(h, ZIP) },
  doc: { contentType: 'application/msword', matches: (h) => startsWith(h, OLE) },
  xls: { contentType: 'application/vnd.ms-excel', matches: (h) => startsWith(h, OLE) },
}

export const extensionOf = (filename: string) => filename.toLowerCase().split('.').pop() ?? ''

export const MAX_FILE_NAME = 200
// Every control character text fields refuse, and a tab, newline or return too: a browser sends a name holding a C0
// control or DEL as it is, which the server's form parser cannot read (break 17 F1: a 500), and a bidi control hides
// the real extension.
// Every character that draws nothing too (zero-width space and joiners, soft hyphen, byte-order mark, combining
// grapheme joiner, Hangul filler, braille blank: the house's one list): a name holding one showed as another file's
// name, or as ".pdf" when made of them (break 64 F2, break 62 F4, review 64 K2).
const CONTROL_IN_NAME = new RegExp(`[\\t\\n\\r]|${CONTROL.source}|${DRAWS_NOTHING_CHARACTER.source}`, 'u')

// Joiners and selectors doing their work draw something, so a name keeps them (review 65 K1): a non-joiner or joiner
// between letters of a script that shapes with them (Persian, Urdu, Indic names), an emoji's presentation selector,
// and the joiner inside an emoji sequence (names exported from phones). Between Latin letters, alone, or anywhere
// else they draw nothing and are refused, as above.
const JOINING_SCRIPT = '[\\p{sc=Arabic}\\p{sc=Syriac}\\p{sc=Devanagari}\\p{sc=Bengali}\\p{sc=Gurmukhi}\\p{sc=Gujarati}\\p{sc=Oriya}\\p{sc=Tamil}\\p{sc=Telugu}\\p{sc=Kannada}\\p{sc=Malayalam}\\p{sc=Sinhala}]'
const EMOJI = '[\\p{Extended_Pictographic}\\p{Emoji_Modifier}]'
const WORKING_JOINER = new RegExp(
  `(?<=${JOINING_SCRIPT}\\p{M}*)[\\u200c\\u200d](?=${JOINING_SCRIPT})|(?<=${EMOJI}\\ufe0f?)\\u200d(?=\\p{Extended_Pictographic})|(?<=[\\p{Extended_Pictographic}0-9#*])[\\ufe0e\\ufe0f]`,
  'gu',
)

/**
 * What is wrong with a chosen file's name, checked in the browser before the form is sent (so the server's form
 * parser never meets a control character) and again on the server. Input: the name. Output: the validation key, or
 * null: `fileNameControlCharacters`, `fileNameTooLong` over MAX_FILE_NAME characters (break 17 F4: told "must be a
 * PDF…"), or `fileNameBlank` with nothing to read before its type. Source: issue 17 item 4.
 */
/**
 * A posted file's name as the user chose it. A browser sends a quote in a multipart file name as %22, and CR and LF as
 * %0D and %0A (HTML's form-data encoding), and never escapes "%" itself, so only those three are read back: a quote was
 * listed and downloaded as "%22" (break 72 F1). Input: the posted File's name. Output: the chosen name.
 */
export const chosenFileName = (posted: string): string => posted.replace(/%(22|0D|0A)/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))

export function fileNameProblem(name: string): 'fileNameControlCharacters' | 'fileNameTooLong' | 'fileNameBlank' | null {
  if (CONTROL_IN_NAME.test(name.replace(WORKING_JOINER, ''))) return 'fileNameControlCharacters'
  if (name.length > MAX_FILE_NAME) return 'fileNameTooLong'
  // Nothing to read before the type (spaces, no-break spaces, marks alone): listed as ".pdf", one like another
  // (retest break 64 F2).
  return blank(name.replace(/\.[^.]*$/, '')) === undefined ? 'fileNameBlank' : null
}

export const ZUploadDocument = z.object({
  offenderId: z.uuid(),
  description: z.preprocess(blank, trimmedText().max(500).optional()),
  file: z
    .instanceof(File, { message: 'fileRequired' })
    // No file chosen is that alone, not also a wrong name or type (retest walk 64 F1: two messages on one field).
    .refine((f) => f.size > 0, { message: 'fileRequired', abort: true })
    .refine((f) => f.size <= MAX_DOCUMENT_BYTES, 'fileTooLarge')
    .superRefine((f, ctx) => {
      const problem = fileNameProblem(chosenFileName(f.name))
      if (problem) ctx.addIssue({ code: 'custom', message: problem, input: f })
      else if (!(extensionOf(chosenFileName(f.name)) in documentTypes)) ctx.addIssue({ code: 'custom', message: 'fileType', input: f })
    }),
})
