import type { RequestListener } from 'node:http'

/**
 * Whether a request's path cannot be read: a %-escape that is no escape ("%ZZ", "a%") or bytes that are no UTF-8
 * ("%ff"). Next decodes the path to route it and answered 500 to such an address on every dynamic page (re-break 52
 * F2: GET /offenders/%ff). Input: the raw request target. Output: boolean.
 */
export function isUnreadablePath(url: string | undefined): boolean {
  const path = (url ?? '/').split(/[?#]/, 1)[0]!
  try {
    decodeURIComponent(path)
    return false
  } catch {
    return true
  }
}

/** Wraps a request handler so an address whose path cannot be read is answered 400, never passed on to fail as 500. */
export function refusingUnreadableAddresses(handler: RequestListener): RequestListener {
  return (req, res) => {
    if (!isUnreadablePath(req.url)) return handler(req, res)
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }).end('Bad request: the address is not valid')
  }
}
