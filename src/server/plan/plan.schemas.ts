import { z } from 'zod'
import { todayInLondon } from '../../lib/dates'
import { allPathways, womensPathways } from '../pathways/pathways'
import { blank, trimmedText } from '../zod-fields'
import { version } from '../zod-numbers'
import { isoDay } from '../zod-dates'

export const pathways = allPathways
/** Pathways 8 and 9 are for women only (Wales Reducing Reoffending Strategy). */
export const womenOnlyPathways: readonly string[] = womensPathways
export const objectiveStatuses = ['NOT_STARTED', 'IN_PROGRESS', 'ACHIEVED', 'NOT_ACHIEVED', 'WITHDRAWN'] as const


export const ZAddObjective = z.object({
  offenderId: z.uuid(),
  pathway: z.enum(pathways, 'chooseOption'),
  objective: trimmedText().min(1).max(1000),
  actions: z.preprocess(blank, trimmedText().max(2000).optional()),
  dueDate: isoDay().refine((d) => d >= todayInLondon(), 'notInPast').transform((d) => new Date(`${d}T00:00:00Z`)),
})

export const ZUpdateObjective = z.object({
  objectiveId: z.uuid(),
  version,
  status: z.enum(objectiveStatuses, 'chooseOption'),
})
