import 'server-only'
import { whenMissing } from '../missing-record'
import { prisma } from '../db'
import { can, type Actor } from '../policy'
import { accessListTarget } from './access-list-target'
import { listableRoles } from './access-lists.schemas'

/**
 * A person's exclusion and restriction lists with the staff picker, for the record page (issue 17). Null for an
 * actor who may not manage them, so the page shows nothing. Input: the person's id (already read in scope).
 * @returns each entry (staff name and email, reason, when, by whom), and the active staff who may be added
 */
export async function getAccessLists(actor: Actor, offenderId: string) {
  if (!can(actor, 'offender.restrict')) return null
  const target = await accessListTarget(prisma, actor, offenderId).catch(whenMissing(null))
  if (!target) return null
  const [entries, staff] = await Promise.all([
    prisma.accessRestriction.findMany({
      where: { offenderId },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: { id: true, kind: true, reason: true, createdAt: true, userId: true, user: { select: { name: true, email: true } }, createdBy: { select: { name: true } } },
    }),
    prisma.user.findMany({
      where: { status: 'ACTIVE', roles: { hasSome: [...listableRoles] } },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      select: { id: true, name: true, email: true },
    }),
  ])
  const protectedIds = new Set([target.offenderManagerId, actor.userId].filter(Boolean))
  const rows = entries.map((e) => ({ ...e, isKept: e.kind === 'RESTRICTION' && protectedIds.has(e.userId) }))
  return { exclusions: rows.filter((e) => e.kind === 'EXCLUSION'), restrictions: rows.filter((e) => e.kind === 'RESTRICTION'), staff }
}
export type TAccessLists = NonNullable<Awaited<ReturnType<typeof getAccessLists>>>
