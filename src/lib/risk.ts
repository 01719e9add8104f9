// Pure risk helpers shared by server and UI: tiering, predictor bands and priority groups (domain.md "Risk", "Tier").
import { londonToday } from './dates'
import { isYoungAdult } from './young-adult'

export type RoshLevel = 'LOW' | 'MEDIUM' | 'HIGH' | 'VERY_HIGH'
export type Tier = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G'
export type Band = 'LOW' | 'MEDIUM' | 'HIGH' | 'VERY_HIGH'

export type TierInputs = {
  rosh: RoshLevel | null
  mappaLevel: number | null
  isIom: boolean
  /** Active complexity registrations: mental health, self-harm, child concerns, domestic abuse, gangs, vulnerability. */
  complexityFlags: number
}

/**
 * Tier A (most intensive) to G. Harm drives the letter first, then MAPPA and IOM, then complexity:
 * A very high RoSH or MAPPA level 2/3; B high RoSH; C medium RoSH with IOM or 2+ complexity flags;
 * D medium RoSH; E low RoSH in IOM; F low RoSH with a complexity flag; G everything else.
 * Computed, never typed in (domain.md).
 */
export function computeTier(i: TierInputs): Tier {
  if (i.rosh === 'VERY_HIGH' || (i.mappaLevel ?? 0) >= 2) return 'A'
  if (i.rosh === 'HIGH') return 'B'
  if (i.rosh === 'MEDIUM') return i.isIom || i.complexityFlags >= 2 ? 'C' : 'D'
  if (i.isIom) return 'E'
  return i.complexityFlags >= 1 ? 'F' : 'G'
}

export const COMPLEXITY_FLAGS = [
  'MENTAL_HEALTH',
  'SELF_HARM',
  'CHILD_CONCERNS',
  'DOMESTIC_ABUSE_PERPETRATOR',
  'GANGS',
  'VULNERABILITY',
] as const

/** OGRS3 / OGP / OVP bands (percentages): low < 50, medium 50-74, high 75-89, very high 90+. */
export function predictorBand(score: number | null): Band | null {
  if (score == null) return null
  if (score >= 90) return 'VERY_HIGH'
  if (score >= 75) return 'HIGH'
  if (score >= 50) return 'MEDIUM'
  return 'LOW'
}

/** RSR bands: low < 3%, medium 3-6.89%, high 6.9%+. */
export function rsrBand(score: number | null): Band | null {
  if (score == null) return null
  if (score >= 6.9) return 'HIGH'
  if (score >= 3) return 'MEDIUM'
  return 'LOW'
}

export type PriorityGroup = 'HIGH_REOFFENDING' | 'HIGH_HARM' | 'FEMALE' | 'YOUNG_ADULT' | 'VETERAN'

/** IOM Cymru priority groups, derived from recorded facts rather than typed flags. */
export function priorityGroups(p: {
  sex: string
  dateOfBirth: Date
  isVeteran: boolean
  rosh: RoshLevel | null
  ogrs3Year2: number | null
  today?: Date
}): PriorityGroup[] {
  const groups: PriorityGroup[] = []
  if ((p.ogrs3Year2 ?? 0) >= 75) groups.push('HIGH_REOFFENDING')
  if (p.rosh === 'HIGH' || p.rosh === 'VERY_HIGH') groups.push('HIGH_HARM')
  if (p.sex === 'FEMALE') groups.push('FEMALE')
  // Age on London's date, not UTC's: at 23:30 UTC in summer it is already tomorrow in Wales (issue 15 item 3).
  const age = ageOn(p.dateOfBirth, p.today ?? londonToday())
  if (isYoungAdult(age)) groups.push('YOUNG_ADULT')
  if (p.isVeteran) groups.push('VETERAN')
  return groups
}

export function ageOn(dateOfBirth: Date, today: Date): number {
  const age = today.getUTCFullYear() - dateOfBirth.getUTCFullYear()
  const beforeBirthday =
    today.getUTCMonth() < dateOfBirth.getUTCMonth() ||
    (today.getUTCMonth() === dateOfBirth.getUTCMonth() && today.getUTCDate() < dateOfBirth.getUTCDate())
  return beforeBirthday ? age - 1 : age
}
