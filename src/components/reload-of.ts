/**
 * The reload link's text a stale form's refusal carries (runAction's `reload` on a bare CONFLICT: walk 20, D10), for
 * ErrorSummary's `reload`. Input: any form state or action result. Output: the text, or undefined.
 */
export function reloadOf(failed: object | null | undefined): string | undefined {
  return failed && 'reload' in failed && typeof failed.reload === 'string' ? failed.reload : undefined
}
