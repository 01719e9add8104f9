import { COHORT_YOUNG_ADULT_AGES } from '@/lib/young-adult'
import type { Breakdown } from '@/server/outcomes/outcome-filter'

type Named = { id: string; name: string; nameCy: string | null }
type Options = { ldus: Named[]; localAuthorities: Named[]; agencies: Named[] }
type T = (key: string, values?: Record<string, number>) => string

/** An area's or agency's name in the reader's language, by id (the id itself if it is not in the list). */
export function nameIn(list: Named[], id: string, cy: boolean): string {
  const found = list.find((n) => n.id === id)
  return found ? (cy && found.nameCy ? found.nameCy : found.name) : id
}

/** The reader's label for a breakdown row's key (an enum value, an id of reference data, an age band or free text). */
export function keyLabel(by: Breakdown, key: string | null, t: T, options: Options, cy: boolean): string {
  if (key === null) return t('outcomes.notRecorded')
  const named = (list: Named[]) => nameIn(list, key, cy)
  switch (by) {
    case 'region': return t(`enums.region.${key}`)
    case 'sex': return t(`enums.sex.${key}`)
    case 'priorityGroup': return t(`outcomes.groups.${key}`, COHORT_YOUNG_ADULT_AGES)
    case 'ldu': return named(options.ldus)
    case 'localAuthority': return named(options.localAuthorities)
    case 'agency': return named(options.agencies)
    default: return key
  }
}
