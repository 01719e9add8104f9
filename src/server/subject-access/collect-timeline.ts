import 'server-only'
import type { Tx } from '../db'
import { toRow } from './bundle-row'
import type { Sections } from './bundle.types'

/**
 * The contact timeline, enforcement records and the documents list (issue 17). Sensitive contacts are included —
 * the data is the person's own — keep their `isSensitive` mark and are marked for redaction review (SENSITIVE_CONTACT).
 * Documents are listed by name, type, size and date; their bytes are never read.
 */
export async function collectTimeline(tx: Tx, offenderId: string): Promise<Partial<Sections>> {
  const [contacts, enforcement, documents] = await Promise.all([
    tx.contact.findMany({ where: { offenderId }, orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }] }),
    tx.enforcementAction.findMany({ where: { offenderId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
    tx.offenderDocument.findMany({ where: { offenderId }, omit: { content: true }, orderBy: [{ uploadedAt: 'asc' }, { id: 'asc' }] }),
  ])
  return {
    contacts: contacts.map((c) => toRow(c, [c.isSensitive && 'SENSITIVE_CONTACT'])),
    enforcement: enforcement.map((e) => toRow(e)),
    documents: documents.map((d) => toRow(d)),
  }
}
