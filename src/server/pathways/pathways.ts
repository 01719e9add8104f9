import type { Pathway, PathwayNeed, PathwayStatus, Sex } from '../../generated/prisma/enums'

// Pure rules about the nine pathways, shared by the domain functions, the pages and the unit tests.

/** The seven pathways for everyone, in the strategy's order (Wales Reducing Reoffending Strategy). */
export const everyonesPathways = [
  'ACCOMMODATION',
  'EDUCATION_TRAINING_EMPLOYMENT',
  'HEALTH',
  'DRUGS_ALCOHOL',
  'FINANCE_BENEFITS_DEBT',
  'CHILDREN_FAMILIES',
  'ATTITUDES_THINKING_BEHAVIOUR',
] as const satisfies readonly Pathway[]

/** Pathways 8 and 9: support for women who have experienced domestic abuse, or been involved in prostitution. */
export const womensPathways = ['WOMEN_DOMESTIC_ABUSE', 'WOMEN_PROSTITUTION'] as const satisfies readonly Pathway[]

export const allPathways = [...everyonesPathways, ...womensPathways] as const
export const pathwayNeeds = ['NONE', 'LOW', 'MEDIUM', 'HIGH'] as const satisfies readonly PathwayNeed[]
export const pathwayStatuses = ['NOT_STARTED', 'IN_PROGRESS', 'SUPPORT_REQUIRED', 'SUPPORT_DECLINED', 'MET'] as const satisfies readonly PathwayStatus[]

export const isWomensPathway = (p: Pathway): boolean => (womensPathways as readonly Pathway[]).includes(p)

/** The pathways a person has: the seven for everyone, and the two women's pathways only for women. */
export function pathwaysFor(sex: Sex): readonly Pathway[] {
  return sex === 'FEMALE' ? allPathways : everyonesPathways
}

/** The women's pathways are handled with extra sensitivity: a new assessment of one starts restricted. */
export const restrictedByDefault = (p: Pathway): boolean => isWomensPathway(p)

/** The catalogue key of a pathway's name (the sentence plan's labels, so both pages say the same). */
export const pathwayLabelKey = (p: Pathway) => `plan.pathway.${p}` as const

/** A support need's label in the reader's language. */
export const needLabel = (n: { label: string; labelCy: string }, locale: string) => (locale === 'cy' ? n.labelCy : n.label)

/**
 * Whether a reader sees one pathway in full or only that it exists and is restricted: a restricted pathway (and a
 * women's pathway not yet assessed, which will start restricted) is open only to those who may change the record.
 */
export function isHiddenFrom(pathway: Pathway, assessment: { restricted: boolean } | null, canSeeRestricted: boolean): boolean {
  return !canSeeRestricted && (assessment ? assessment.restricted : restrictedByDefault(pathway))
}
