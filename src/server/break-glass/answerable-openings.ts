import 'server-only'
import type { Prisma } from '../../generated/prisma/client'
import { prisma } from '../db'
import { authorize, can, offenderVisible, type Actor } from '../policy'

/**
 * The openings a reviewer answers for (walk 17 F2): every one for the data protection lead (`breakGlass.reviewAll`);
 * for a senior, those made by staff of their own team or LDU (wherever the person is supervised), and those of people
 * the senior may see themselves (whoever opened them). Null: no filter.
 */
export function answerableFor(actor: Actor): Prisma.BreakGlassAccessWhereInput | null {
  if (can(actor, 'breakGlass.reviewAll')) return null
  const ownStaff: Prisma.BreakGlassAccessWhereInput[] = [
    ...(actor.teamId ? [{ user: { teamId: actor.teamId } }] : []),
    ...(actor.lduId ? [{ user: { team: { areaId: actor.lduId } } }] : []),
  ]
  return { OR: [...ownStaff, { offender: offenderVisible(actor) }] }
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000

/**
 * For a reviewer's home page: how many openings they answer for began in the last 7 days (a count, naming no one, so
 * not audited as a review). Output: a whole number. Errors: FORBIDDEN without `breakGlass.review`.
 */
export async function recentOpeningsCount(actor: Actor, now = new Date()): Promise<number> {
  authorize(actor, 'breakGlass.review')
  const answerable = answerableFor(actor)
  return prisma.breakGlassAccess.count({ where: { from: { gte: new Date(now.getTime() - WEEK_MS) }, ...(answerable ? { AND: [answerable] } : {}) } })
}
