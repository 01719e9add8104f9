import type { Prisma } from '../../generated/prisma/client'
import type { Tx } from '../db'
import type { Actor } from '../policy'
import type { AuditAction } from './audit-actions'

export type AuditEntry = {
  action: AuditAction
  subjectType: string
  subjectId?: string | null
  offenderId?: string | null
  reason?: string | null
  detail?: Prisma.InputJsonValue
}

const row = (actor: Actor | null, entry: AuditEntry) => ({
  actorUserId: actor?.userId ?? null,
  actorAgencyId: actor?.agencyId ?? null,
  actorRoles: actor?.roles ?? [],
  action: entry.action,
  subjectType: entry.subjectType,
  subjectId: entry.subjectId ?? null,
  offenderId: entry.offenderId ?? null,
  reason: entry.reason ?? null,
  detail: entry.detail,
  correlationId: actor?.sessionId ?? null,
})

/**
 * Appends one audit event (security.md LG-1). Pass the transaction of the change so both commit or
 * neither does. Who, agency, roles and UTC time are always taken from the actor, never from the caller.
 */
export async function recordAudit(db: Pick<Tx, 'auditEvent'>, actor: Actor | null, entry: AuditEntry): Promise<void> {
  await db.auditEvent.create({ data: row(actor, entry) })
}

/** One audit row per entry in a single insert: a read that shows several people is audited once per person. */
export async function recordAuditEach(db: Pick<Tx, 'auditEvent'>, actor: Actor | null, entries: AuditEntry[]): Promise<void> {
  if (entries.length) await db.auditEvent.createMany({ data: entries.map((e) => row(actor, e)) })
}
