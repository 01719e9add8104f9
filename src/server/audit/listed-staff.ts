import 'server-only'
import { prisma } from '../db'

type ListDetail = { kind: 'EXCLUSION' | 'RESTRICTION'; userIds: string[] }

/** The list and the staff a Limited Access change's audit detail names (`userId`, or `userIds` for a lifted list). */
function listDetailOf(detail: unknown): ListDetail | null {
  if (!detail || typeof detail !== 'object') return null
  const d = detail as { kind?: unknown; userId?: unknown; userIds?: unknown }
  if (d.kind !== 'EXCLUSION' && d.kind !== 'RESTRICTION') return null
  const userIds = [d.userId, ...(Array.isArray(d.userIds) ? d.userIds : [])].filter((id): id is string => typeof id === 'string')
  return userIds.length ? { kind: d.kind, userIds } : null
}

/**
 * Whom each Limited Access change of a page of audit events put on or took off which list, by name (walk 38 O7: the
 * line gave the reason but not whom). Input: the page's events ({ id, detail }). Output: event id → { kind, names }
 * in the order the detail lists them; events of other kinds, or naming no one, are absent. One query for the page.
 */
export async function listedStaffOf(events: { id: string; detail: unknown }[]): Promise<Map<string, { kind: ListDetail['kind']; names: string[] }>> {
  const details = events.flatMap((e) => {
    const d = listDetailOf(e.detail)
    return d ? [{ id: e.id, ...d }] : []
  })
  if (!details.length) return new Map()
  const users = await prisma.user.findMany({ where: { id: { in: [...new Set(details.flatMap((d) => d.userIds))] } }, select: { id: true, name: true } })
  const nameOf = new Map(users.map((u) => [u.id, u.name]))
  return new Map(details.map((d) => [d.id, { kind: d.kind, names: d.userIds.flatMap((id) => nameOf.get(id) ?? []) }]))
}
