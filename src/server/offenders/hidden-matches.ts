import 'server-only'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import type { Actor } from '../policy'

/**
 * One audit row on each Limited Access person a lookup told a user of without their name (the lists keep the person
 * from that user): the create form's duplicate check (`offender.duplicateMatch`, review 67b S1) and a search by exact
 * CRN or PNC number (`offender.searchMatch`, walk 68 F7), so the person's "who looked" shows every such disclosure.
 * Written by itself, outside any caller's transaction, so a refusal that follows keeps it.
 * Input: the actor, the person ids, which lookup. Output: none. Errors: database errors only.
 */
export async function auditHiddenMatches(actor: Actor, offenderIds: string[], action: 'offender.duplicateMatch' | 'offender.searchMatch'): Promise<void> {
  for (const offenderId of offenderIds) await recordAudit(prisma, actor, { action, subjectType: 'Offender', subjectId: offenderId, offenderId })
}
