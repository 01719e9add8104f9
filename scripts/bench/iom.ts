import type { PrismaClient } from '../../src/generated/prisma/client'
import { entry, timeInTurn, type BenchEntry } from './stats'

/**
 * The candidate list of an IOM Fixed cohort for South Wales (acquisitive crime, two convictions in 24 months, OGRS3
 * of 50 or more) over the whole bench population: the app's findCandidates (which also audits each person shown)
 * against the bare SQL that returns the same 100 people.
 */
export async function measureIomCandidates(prisma: PrismaClient, n: number): Promise<BenchEntry> {
  const { loadActorForUser } = await import('../../src/server/auth/load-actor')
  const { findCandidates } = await import('../../src/server/iom/candidates')
  const police = await prisma.user.findFirstOrThrow({ where: { roles: { has: 'POLICE_OFFENDER_MANAGER' }, agency: { region: 'SOUTH_WALES' } }, select: { id: true } })
  const actor = (await loadActorForUser(prisma, police.id))!
  // One bench cohort, reused by later runs on a kept database.
  const criteria = { region: 'SOUTH_WALES', strand: 'FIXED', name: 'Bench Fixed', offenceTypes: ['ACQUISITIVE'], minConvictions: 2, lookbackMonths: 24, minOgrs: 50 } as const
  const cohort = (await prisma.iomCohort.findFirst({ where: { name: criteria.name, region: criteria.region } })) ?? (await prisma.iomCohort.create({ data: { ...criteria, offenceTypes: [...criteria.offenceTypes], createdById: police.id } }))
  const bareSql = () => prisma.$queryRaw`
    SELECT o.id, o.crn, o."firstName", o."lastName", o."dateOfBirth", r."ogrs3Year2",
      (SELECT count(*) FROM "Sentence" s WHERE s."offenderId" = o.id AND s."startDate" >= current_date - interval '24 months') AS recent
    FROM "Offender" o JOIN "Area" a ON a.id = o."lduId" JOIN "RiskProfile" r ON r."offenderId" = o.id
    WHERE a.region = 'SOUTH_WALES' AND r."ogrs3Year2" >= 50
      AND EXISTS (SELECT 1 FROM "Sentence" s WHERE s."offenderId" = o.id AND s.status = 'ACTIVE')
      AND EXISTS (SELECT 1 FROM "Sentence" s WHERE s."offenderId" = o.id AND s."offenceCategory" = 'ACQUISITIVE')
      AND (SELECT count(*) FROM "Sentence" s WHERE s."offenderId" = o.id AND s."startDate" >= current_date - interval '24 months') >= 2
    ORDER BY r."ogrs3Year2" DESC, o."lastName", o."firstName" LIMIT 100`
  const { candidates } = await findCandidates(actor, cohort.id)
  const eligible = await prisma.offender.count({ where: { ldu: { region: 'SOUTH_WALES' } } })
  return entry(`IOM candidate list (Fixed cohort over ${eligible.toLocaleString('en-GB')} people in South Wales)`, candidates.length, ...(await timeInTurn(n, () => findCandidates(actor, cohort.id), bareSql)))
}
