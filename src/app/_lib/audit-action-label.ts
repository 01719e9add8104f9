import { auditLabelKey, isAuditAction } from '@/server/audit/audit-actions'

type Translate = { (key: string, values?: Record<string, string>): string }

/**
 * An audit action in the reader's language (issue 15 item 11): the catalogue label, or "Other action (code)" for a
 * code no longer written (older rows), so no screen shows a bare code. `t` is the root translator.
 */
export function auditActionLabel(t: Translate, code: string): string {
  return isAuditAction(code) ? t(`auditView.actions.${auditLabelKey(code)}`) : t('auditView.unknownAction', { code })
}
