import { prisma } from '../../src/server/db'

/**
 * Gives a user a probation officer's and a police offender manager's roles at once, as an account written before the
 * rule that roles fit the agency (ADR 0030), a restored backup or a hand-dropped trigger would hold them: the row is
 * written with the database's triggers off for this one transaction. Input: the user's id. Output: none.
 */
export async function holdMisfitRoles(userId: string): Promise<void> {
  await prisma.$transaction([
    prisma.$executeRaw`SET LOCAL session_replication_role = replica`,
    prisma.$executeRaw`UPDATE "User" SET roles = ARRAY['PROBATION_OFFICER', 'POLICE_OFFENDER_MANAGER']::"Role"[] WHERE id = ${userId}::uuid`,
  ])
}
