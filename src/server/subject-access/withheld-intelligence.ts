import { can, type Actor } from '../policy'
import type { Sections } from './bundle.types'

/**
 * Police intelligence is police-only (domain.md "IOM"; the IOM page says it is never shown to other agencies), and a
 * subject access export is made by another agency's staff (seniors): each entry keeps its date, grading and force, and
 * its words are withheld (`summary` null, `summaryWithheld` true) for that force to review and disclose itself (break
 * 54 F7: a probation senior's bundle carried it in full). An exporter holding `intel.police` gets it as held.
 * Input: the exporter and the collected sections. Output: the sections to write.
 */
export function withheldFromExporter(actor: Actor, sections: Sections): Sections {
  if (can(actor, 'intel.police')) return sections
  return { ...sections, policeIntelligence: sections.policeIntelligence.map((row) => ({ ...row, summary: null, summaryWithheld: true })) }
}
