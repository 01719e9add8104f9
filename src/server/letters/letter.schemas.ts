import { z } from 'zod'
import { trimmedText } from '../zod-fields'
import { version } from '../zod-numbers'

export const letterKinds = ['WARNING', 'BREACH', 'RECALL'] as const
/** What a template may ask for; anything else in braces is refused, so no letter goes out with a stray "{…}". */
export const letterPlaceholders = ['name', 'crn', 'date', 'failureDate', 'officer', 'reason'] as const

const unknownPlaceholder = (text: string) => [...text.matchAll(/\{([^{}]*)\}/g)].some((m) => !(letterPlaceholders as readonly string[]).includes(m[1]!))
const title = trimmedText().min(1).max(200)
const body = trimmedText()
  .min(1)
  // The form's textarea holds 4,000 characters; the column has room to spare.
  .max(4000)
  .refine((t) => !unknownPlaceholder(t), 'unknownPlaceholder')

export const ZUpdateLetterTemplate = z.object({
  kind: z.enum(letterKinds, 'chooseOption'),
  version,
  titleEn: title,
  titleCy: title,
  bodyEn: body,
  bodyCy: body,
})

// The person is part of the address: a letter asked for under another person's record is not found.
export const ZLetterRequest = z.object({ offenderId: z.uuid(), enforcementId: z.uuid() })
