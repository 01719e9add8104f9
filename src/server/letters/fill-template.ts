import type { letterPlaceholders } from './letter.schemas'

export type LetterValues = Record<(typeof letterPlaceholders)[number], string>

/** Puts the values into a template's placeholders ({name}, {crn}…); the text around them is the administrators'. */
export const fillTemplate = (text: string, values: LetterValues): string => text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? values[key as keyof LetterValues] : whole))
