import { loadActorForUser } from '../../src/server/auth/load-actor'
import type { Actor } from '../../src/server/policy'
import { prisma } from '../../src/server/db'

/** The actor a signed-in user would be, resolved exactly as a request resolves it. */
export async function actorOf(user: { id: string }): Promise<Actor> {
  const actor = await loadActorForUser(prisma, user.id)
  if (!actor) throw new Error(`user ${user.id} is not an active actor`)
  return actor
}
