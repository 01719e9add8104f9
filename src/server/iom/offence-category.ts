import type { OffenceCategory } from '../../generated/prisma/enums'

/**
 * The category an index offence names, by keyword, first match wins. These are the same rules, in the same order,
 * as the backfill at the end of prisma/migrations/*_pathways_partners_iom/migration.sql: change both together, or
 * sentences recorded after the migration would be categorised differently from those before it.
 */
const rules: [RegExp, OffenceCategory][] = [
  [/sexual|indecent|rape/i, 'SEXUAL'],
  [/coercive|restraining order|domestic/i, 'DOMESTIC_ABUSE'],
  [/burglary|theft|robbery|vehicle taking|fraud|handling stolen/i, 'ACQUISITIVE'],
  [/supply|possession|drug/i, 'DRUGS'],
  [/assault|wounding|grievous|arson|murder|manslaughter/i, 'VIOLENCE'],
  [/affray|public order|violent disorder/i, 'PUBLIC_ORDER'],
  [/driving|motoring/i, 'MOTORING'],
]

export function offenceCategoryOf(indexOffence: string): OffenceCategory {
  return rules.find(([pattern]) => pattern.test(indexOffence))?.[1] ?? 'OTHER'
}
