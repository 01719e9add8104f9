import { z } from 'zod'
import type { IomMemberStatus, IomStrand, OffenceCategory, Rag } from '../../generated/prisma/enums'
import { blank, trimmedText } from '../zod-fields'
import { version, wholeNumberWithin } from '../zod-numbers'
import { dayNotInFuture } from '../zod-dates'

export { version }

// The values forms offer, in the order they are shown; `satisfies` keeps them in step with the schema's enums.
export const strands = ['FIXED', 'FLEX', 'FREE'] as const satisfies readonly IomStrand[]
export const rags = ['RED', 'AMBER', 'GREEN'] as const satisfies readonly Rag[]
export const memberStatuses = ['ACTIVE', 'IN_CUSTODY', 'RESET', 'DESELECTED'] as const satisfies readonly IomMemberStatus[]
export const offenceCategories = ['ACQUISITIVE', 'VIOLENCE', 'DOMESTIC_ABUSE', 'SEXUAL', 'DRUGS', 'PUBLIC_ORDER', 'MOTORING', 'OTHER'] as const satisfies readonly OffenceCategory[]

export const text = (max: number) => trimmedText().min(1).max(max)
export const optionalText = (max: number) => z.preprocess(blank, trimmedText().max(max).optional())
export const optionalId = z.preprocess(blank, z.uuid('chooseOption').optional())
/** A calendar day that has already come (a panel, a review, an intelligence entry). */
export const pastDate = dayNotInFuture()
/** A number typed into a text field: "Enter a number" when it is not one, and the range otherwise. */
const NOT_A_NUMBER = { error: (issue: { code: string }) => (issue.code === 'invalid_type' ? 'invalidNumber' : undefined) }
export const aNumber = () => z.coerce.number(NOT_A_NUMBER)
/** A whole number from `min` to `max` (wholeNumberWithin: one message, out of range said alone, break 65 F4). */
export const wholeNumber = (min: number, max: number) => wholeNumberWithin(min, max, { notNumber: NOT_A_NUMBER })
/** A checkbox group or multi-select as an array of allowed values, however many were ticked. */
export const manyOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(z.enum(values, 'chooseOption')).max(values.length))
