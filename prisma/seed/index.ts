import type { PrismaClient } from '../../src/generated/prisma/client'
import { demoPasswordHash } from '../../tests/factories'
import { allocationPlan, buildPerson, type SeedRows } from './people'
import { seededRandom } from './random'
import { seedReferenceData } from './reference-data'
import { seedCosa } from './cosa'
import { seedEnforcementCase } from './enforcement'
import { seedRunningCircle } from './cosa-circle'
import { seedIom } from './iom'
import { seedPartners } from './partners'
import { seedPathways } from './pathways'
import { seedSchemes } from './schemes'
import { seedSentences } from './sentences'
import { seedStaff } from './staff'

export const DEMO_PEOPLE = 300

/** The fictional demo data set for Wales (README "Demo accounts"). */
export async function seedDemo(db: PrismaClient): Promise<{ offenders: number; users: number }> {
  const r = seededRandom(20_141_016)
  const ref = await seedReferenceData(db)
  const staff = await seedStaff(db, ref, await demoPasswordHash())
  const rows: SeedRows = { offenders: [], sentences: [], requirements: [], profiles: [], ratings: [], flags: [], nominals: [], contacts: [] }
  const ids = allocationPlan(staff, DEMO_PEOPLE).map((at, i) => buildPerson(r, rows, ref, staff, at, i))
  await db.offender.createMany({ data: rows.offenders })
  await db.sentence.createMany({ data: rows.sentences })
  await db.sentenceRequirement.createMany({ data: rows.requirements })
  await db.riskProfile.createMany({ data: rows.profiles })
  await db.roshRating.createMany({ data: rows.ratings })
  await db.riskFlag.createMany({ data: rows.flags })
  await db.mappaNominal.createMany({ data: rows.nominals })
  await db.contact.createMany({ data: rows.contacts })
  // Each person's first allocation, as creating a record writes it (issue 15 item 14); imported, so no creator.
  await db.offenderAllocation.createMany({
    data: rows.offenders.map((o) => ({ offenderId: o.id!, kind: 'CREATED' as const, agencyId: o.responsibleAgencyId, lduId: o.lduId, teamId: o.teamId, offenderManagerId: o.offenderManagerId, reason: '', createdById: null })),
  })

  // Limited Access Offenders in the demo officer's own team, allocated to a colleague (people 25 and 26).
  const [excluded, restricted] = [ids[25]!, ids[26]!]
  const { officer, senior, admin } = staff.demo
  await db.accessRestriction.create({ data: { offenderId: excluded, kind: 'EXCLUSION', userId: officer.id, reason: 'Known to staff member: neighbour', createdById: admin.id } })
  // A restriction list always holds the person's offender manager, as adding the first name to one does (walk 66 F3:
  // the demo's left its manager locked out of her own case).
  const manager = rows.offenders.find((o) => o.id === restricted)!.offenderManagerId
  for (const userId of new Set([senior.id, ...(manager ? [manager] : [])]))
    await db.accessRestriction.create({ data: { offenderId: restricted, kind: 'RESTRICTION', userId, reason: 'High-profile case', createdById: admin.id } })
  await seedCosa(db, ref.agencyIds.get('CAIS')!, staff.demo.cosaVolunteer.id)
  const coreMember = await db.offender.findFirstOrThrow({ where: { offenderManagerId: officer.id, id: { notIn: [excluded, restricted] } }, orderBy: [{ lastName: 'desc' }, { firstName: 'desc' }] })
  await seedRunningCircle(db, { providerId: ref.agencyIds.get('CAIS')!, coordinatorId: staff.demo.cosaCoordinator.id, offenderId: coreMember.id, officerName: officer.name, probationAgencyId: ref.agencyIds.get('NPS-WALES')! })
  await seedSchemes(db, ref.agencyIds.get('CAIS')!)
  await seedPathways(db, { officerId: officer.id, npsAgencyId: ref.agencyIds.get('NPS-WALES')! })
  await seedPartners(db, { officerId: officer.id, partnerUserId: staff.demo.partner.id, partnerAgencyId: ref.agencyIds.get('DYFODOL')! })
  await seedIom(db, { policeUserId: staff.demo.police.id, officerId: officer.id, seniorId: senior.id })
  await seedSentences(db, { policeUserId: staff.demo.police.id, policeAgencyId: staff.demo.police.agencyId })
  // Last, so it changes nothing the seed picks above.
  await seedEnforcementCase(db, officer.id)
  return { offenders: rows.offenders.length, users: await db.user.count() }
}
