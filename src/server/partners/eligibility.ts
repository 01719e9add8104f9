import 'server-only'
import type { Prisma } from '../../generated/prisma/client'
import type { Region, ServiceSex, Sex } from '../../generated/prisma/enums'
import { womenOnlyPathways } from '../plan/plan.schemas'

export type ReferredPerson = { sex: Sex; dateOfBirth: Date; ldu: { region: Region } | null }

/** Age in whole years on a London calendar day (`YYYY-MM-DD`); the date of birth is a date-only value. */
export function ageOn(dateOfBirth: Date, today: string): number {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number]
  const birthdayPassed = month > dateOfBirth.getUTCMonth() + 1 || (month === dateOfBirth.getUTCMonth() + 1 && day >= dateOfBirth.getUTCDate())
  return year - dateOfBirth.getUTCFullYear() - (birthdayPassed ? 0 : 1)
}

/** Which services' sex eligibility a person meets: women's services for women, men's for men, open ones for everyone. */
function sexesFor(sex: Sex): ServiceSex[] {
  if (sex === 'FEMALE') return ['ANY', 'FEMALE']
  if (sex === 'MALE') return ['ANY', 'MALE']
  return ['ANY']
}

/**
 * Active services a person can be referred to on a day: covering the region of their probation LDU, and whose sex and
 * age eligibility they meet. The form offers only these, and the referral re-checks against the same rule.
 */
export function servicesFor(person: ReferredPerson, today: string): Prisma.PartnerServiceWhereInput {
  if (!person.ldu) return { id: { in: [] } }
  const age = ageOn(person.dateOfBirth, today)
  return {
    active: true,
    regions: { has: person.ldu.region },
    eligibleSex: { in: sexesFor(person.sex) },
    AND: [{ OR: [{ minAge: null }, { minAge: { lte: age } }] }, { OR: [{ maxAge: null }, { maxAge: { gte: age } }] }],
  }
}

/** The pathways of a service a person can be referred on: the two women's pathways only for women. */
export const pathwaysFor = <P extends string>(person: { sex: Sex }, servicePathways: P[]): P[] =>
  servicePathways.filter((p) => person.sex === 'FEMALE' || !womenOnlyPathways.includes(p))
