import 'server-only'
import { prisma } from '../db'
import type { Actor } from '../policy'
import { findBreakGlassTarget } from './break-glass-target'

/**
 * For a record page or a CRN search that found nothing: whether to offer the break-glass form (issue 17). False for
 * records that do not exist, are Limited Access for the actor, or for roles that may not break glass.
 * Input: the id or CRN the user followed or typed (any value).
 */
export async function mayBreakGlass(actor: Actor, target: unknown): Promise<boolean> {
  return (await findBreakGlassTarget(prisma, actor, target)) !== null
}
