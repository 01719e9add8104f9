import { randomUUID } from 'node:crypto'
import { prisma } from '../../src/server/db'
import type { Actor } from '../../src/server/policy'
import { actorOf } from './actor'
import type { World } from './world'

/** A senior of the world's North Wales team: the receiving side of a transfer between LDUs. */
export async function seniorNorthOf(w: World): Promise<Actor> {
  const user = await prisma.user.create({ data: { email: `senior-n-${randomUUID()}@llwybr.test`, name: 'Senior North', roles: ['SENIOR_PROBATION_OFFICER'], agencyId: w.nps.id, teamId: w.teamNorth.id } })
  return actorOf(user)
}
