import 'server-only'
import { whenMissing } from '../missing-record'
import { prisma } from '../db'
import { can, type Actor } from '../policy'
import { accessListTarget } from './access-list-target'
import { listableRoles } from './access-lists.schemas'

/**
 * A person's exclusion and restriction lists with the staff picker, for the record page (issue 17). Null for an
 * actor who may not manage them, so the page shows nothing. Input: the person's id (already read in scope).
 * @returns each entry (staff name and email, reason, when, by whom), and the active staff who may be added (not the
 *   person's offender manager nor the actor: neither may be excluded, and a restriction list keeps both anyway)
 */
export async function getAccessLists(actor: Actor, offenderId: string) {
  if (!can(actor, 'offender.restrict')) return null
  const target = await accessListTarget(prisma, actor, offenderId).catch(whenMissing(null))
  if (!target) return null
  // Neither the offender manager nor the senior themselves is offered: excluding either is refused (the manager would
  // lose their own case, the senior lock themselves out) and a restriction list keeps both anyway (h17f).
  const protectedIds = [target.offenderManagerId, actor.userId].filter((id): id is string => Boolean(id))
  const [entries, staff] = await Promise.all([
    prisma.accessRestriction.findMany({
      where: { offenderId },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: { id: true, kind: true, reason: true, createdAt: true, userId: true, user: { select: { name: true, email: true } }, createdBy: { select: { name: true } } },
    }),
    prisma.user.findMany({
      where: { status: 'ACTIVE', roles: { hasSome: [...listableRoles] }, id: { notIn: protectedIds } },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      select: { id: true, name: true, email: true },
    }),
  ])
  const rows = entries.map((e) => ({ ...e, isKept: e.kind === 'RESTRICTION' && protectedIds.includes(e.userId) }))
  return { exclusions: rows.filter((e) => e.kind === 'EXCLUSION'), restrictions: rows.filter((e) => e.kind === 'RESTRICTION'), staff }
}
export type TAccessLists = NonNullable<Awaited<ReturnType<typeof getAccessLists>>>
