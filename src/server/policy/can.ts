import { AppError } from '../errors'
import type { Actor } from './actor'
import { roleHas, type Permission } from './permissions'

/** The single authorization decision: does any of the actor's roles grant this permission? */
export function can(actor: Actor | null | undefined, permission: Permission): boolean {
  if (!actor) return false
  return actor.roles.some((role) => roleHas(role, permission))
}

/** Throws FORBIDDEN (or UNAUTHENTICATED) so domain functions can check first, before any query. */
export function authorize(actor: Actor | null | undefined, permission: Permission): asserts actor is Actor {
  if (!actor) throw new AppError('UNAUTHENTICATED')
  if (!can(actor, permission)) throw new AppError('FORBIDDEN')
}
