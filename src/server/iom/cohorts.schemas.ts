import { z } from 'zod'
import type { OffenceCategory } from '../../generated/prisma/enums'
import { blank, manyIds } from '../zod-fields'
import { decimalText } from '../zod-numbers'
import { priorityGroups } from './candidate-criteria'
import { aNumber, manyOf, offenceCategories, optionalText, strands, text, version, wholeNumber } from './iom-fields'

const criteria = {
  strand: z.enum(strands, 'chooseOption'),
  name: text(120),
  nameCy: optionalText(120),
  offenceTypes: manyOf(offenceCategories),
  minConvictions: z.preprocess(blank, wholeNumber(0, 50).default(0)),
  lookbackMonths: wholeNumber(1, 60),
  minOgrs: z.preprocess(blank, decimalText(aNumber().min(0).max(100)).optional()),
  priorityGroups: manyOf(priorityGroups),
  reviewEveryWeeks: wholeNumber(1, 26),
  // The local area (issue 15 item 17): an LDU and/or local authorities of the force area; none means all of it.
  lduId: z.preprocess(blank, z.uuid('chooseOption').optional()),
  localAuthorityIds: manyIds(22),
}

type Criteria = { strand: string; offenceTypes: string[]; minConvictions: number; minOgrs?: number; priorityGroups: string[] }
// A cohort with no criterion would make everyone in the force area a candidate. The Fixed strand always has one:
// its national criterion is neighbourhood acquisitive crime.
const hasCriterion = (c: Criteria) => c.strand === 'FIXED' || c.offenceTypes.length > 0 || c.minConvictions > 0 || c.minOgrs !== undefined || c.priorityGroups.length > 0

function finish<T extends Criteria & { offenceTypes: OffenceCategory[]; nameCy?: string; lduId?: string }>(c: T) {
  const offenceTypes: OffenceCategory[] = c.strand === 'FIXED' && c.offenceTypes.length === 0 ? ['ACQUISITIVE'] : c.offenceTypes
  return { ...c, offenceTypes, nameCy: c.nameCy ?? null, minOgrs: c.minOgrs ?? null, lduId: c.lduId ?? null }
}

export const ZCreateCohort = z.object(criteria).refine(hasCriterion, 'iomCriteriaRequired').transform(finish)
export const ZUpdateCohort = z.object({ cohortId: z.uuid(), version, ...criteria }).refine(hasCriterion, 'iomCriteriaRequired').transform(finish)
