import { z } from 'zod'
import { blank, manyIds, ruleOnField, trimmedText } from '../zod-fields'
import { anyVersion, version } from '../zod-numbers'
import { allPathways, pathwayNeeds, pathwayStatuses } from './pathways'

const pathway = z.enum(allPathways, 'chooseOption')
/** 0 means "not assessed yet": the first update creates the assessment. */
const assessmentVersion = anyVersion
const label = trimmedText().min(1).max(200)

export const ZPathwayUpdate = z
  .object({
    offenderId: z.uuid(),
    pathway,
    version: assessmentVersion,
    need: z.enum(pathwayNeeds, 'chooseOption'),
    status: z.enum(pathwayStatuses, 'chooseOption'),
    needIds: manyIds(50),
    note: z.preprocess(blank, trimmedText().max(2000).optional()),
  })
  // A person's refusal of support is a decision the next worker must understand: say why.
  .refine((u) => u.status !== 'SUPPORT_DECLINED' || u.note, ruleOnField('note', 'declineNoteRequired'))
  .transform((u) => ({ ...u, needIds: [...new Set(u.needIds)], note: u.note || null }))
export type TPathwayUpdate = z.infer<typeof ZPathwayUpdate>

export const ZPathwayRestriction = z.object({
  offenderId: z.uuid(),
  pathway,
  version: assessmentVersion,
  restricted: z.enum(['true', 'false']).transform((v) => v === 'true'),
})

export const ZSupportNeedCreate = z.object({ pathway, label, labelCy: label })
export const ZSupportNeedUpdate = z.object({ supportNeedId: z.uuid(), version, label, labelCy: label })
export const ZSupportNeedActive = z.object({
  supportNeedId: z.uuid(),
  version,
  active: z.enum(['true', 'false']).transform((v) => v === 'true'),
})
