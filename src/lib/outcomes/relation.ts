// What the disclosure control reasons over (ADR 0019): the relations between figures, and which figures are withheld.
import type { Shown } from './disclosure'

/**
 * One linear relation between figures: the indices of a whole and then its parts (whole = part₁ + … + partₙ; every
 * relation in the outcome tables is built so). The one-relation rule needs only which figures take part; the
 * determinability check reads the signs from that order: +1 for the first, −1 for each other.
 */
export type Relation = readonly number[]

/** Whether a figure is withheld: no value, and not a figure that does not apply (a rate over no one). */
export const withheld = (s: Shown) => s.value === null && s.suppressed !== false
