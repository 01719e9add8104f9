/**
 * Issue 17 item 5: a server action posted from another site was refused by Next with a 500 ("Invalid Server Actions
 * request"). The proxy answers such requests 403 before Next sees them, using Next's own tests (16.4,
 * app-render/action-handler.js) so nothing Next would accept is refused.
 */

/** Whether a request may be a server action: a POST with Next's action header or a form body. */
export function mayBeServerAction(method: string, headers: Headers): boolean {
  if (method !== 'POST') return false
  const type = headers.get('content-type') ?? ''
  return headers.has('next-action') || type.startsWith('multipart/form-data') || type === 'application/x-www-form-urlencoded'
}

/**
 * True when the request names an Origin that is not this site: its host matches neither the first `X-Forwarded-Host`
 * nor `Host`. An `Origin: null` (sandboxed frame) or an unreadable one counts as foreign; no Origin at all (a
 * hand-made request, which carries no one's cookies but its sender's) does not, as in Next.
 */
export function isForeignOrigin(headers: Headers): boolean {
  const origin = headers.get('origin')
  if (origin === null) return false
  let originHost: string
  try {
    originHost = new URL(origin).host
  } catch {
    return true
  }
  if (!originHost) return true
  const forwarded = headers.get('x-forwarded-host')?.split(',')[0]?.trim()
  return originHost !== forwarded && originHost !== headers.get('host')
}

/** The largest body a server action accepts: next.config.ts's bodySizeLimit and proxyClientMaxBodySize (11 MB). */
export const MAX_ACTION_BODY_BYTES = 11 * 1024 * 1024

/** True when a request declares a body larger than a server action accepts (Next would fail it with a 500). */
export const isOversized = (headers: Headers): boolean => Number(headers.get('content-length') ?? 0) > MAX_ACTION_BODY_BYTES
