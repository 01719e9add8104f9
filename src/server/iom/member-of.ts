import 'server-only'
import type { AuditAction } from '../audit/audit-actions'
import { type Tx } from '../db'
import { AppError, notFound, staleRefusal } from '../errors'
import type { Actor } from '../policy'
import { memberManageable } from '../policy/iom-scopes'

/**
 * Takes a member for a change: one of a cohort of the actor's region, still a member (a de-selected person comes
 * back only through a panel), and unchanged since the form was drawn (security.md RL-1: a stale save is a CONFLICT).
 */
export async function claimMember(tx: Tx, actor: Actor, memberId: string, version: number) {
  const member = await tx.iomMember.findFirst({ where: { id: memberId, ...memberManageable(actor) }, include: { cohort: { select: { region: true, name: true } } } })
  if (!member) throw notFound()
  if (member.status === 'DESELECTED') throw staleRefusal('iomMemberClosed')
  const { count } = await tx.iomMember.updateMany({ where: { id: memberId, version }, data: { version: { increment: 1 } } })
  if (!count) throw new AppError('CONFLICT')
  return member
}

export const memberAudit = (action: AuditAction, member: { id: string; offenderId: string }, extra: { reason?: string | null; detail?: Record<string, string | boolean | null> } = {}) => ({
  action,
  subjectType: 'IomMember',
  subjectId: member.id,
  offenderId: member.offenderId,
  ...extra,
})
