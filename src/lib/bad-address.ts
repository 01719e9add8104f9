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

/**
 * Methods Llwybr answers: what browsers, forms and its route handlers use. Next answered 500 to TRACE on every route
 * (break 53 F1); an unknown method is 405 here, with the methods that are answered.
 */
export const SERVED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const
const PLAIN = { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }

/**
 * The path as Next will route it, dot segments resolved: `/api/../offenders` is a page, not a route handler (break 52
 * F3, re-break 53). Input: the raw request target. Output: the path, without query or fragment.
 */
export function resolvedPath(url: string | undefined): string {
  try {
    return new URL(url ?? '/', 'http://llwybr.invalid').pathname
  } catch {
    return (url ?? '/').split(/[?#]/, 1)[0]!
  }
}

/**
 * Whether a HEAD request may be answered: only for the health check and static files. Next answers HEAD by running
 * GET and dropping the body, so a HEAD of a record page or a download was audited as a view or a download nobody
 * received (break 53 F8, re-break 53 F4). Input: the raw request target. Output: boolean.
 */
export function isHeadServed(url: string | undefined): boolean {
  const path = resolvedPath(url)
  return path === '/api/health' || path.startsWith('/_next/static/') || path === '/favicon.ico' || path === '/icon.svg'
}

/**
 * Whether a served method may reach this address: HEAD only where isHeadServed says, and PUT, PATCH and DELETE only to
 * route handlers (/api/): a page answered them with itself and audited the view (re-break 53 F8: PUT on a record's
 * details page). Input: the method and the raw request target. Output: boolean.
 */
export function isPageMethodServed(method: string, url: string | undefined): boolean {
  if (method === 'HEAD') return isHeadServed(url)
  if (method === 'PUT' || method === 'PATCH' || method === 'DELETE') return resolvedPath(url).startsWith('/api/')
  return true
}

/**
 * Wraps a request handler so an address whose path cannot be read is answered 400, and a method Llwybr does not serve
 * there (isPageMethodServed) 405, never passed on to fail as 500 or to be audited.
 */
export function refusingUnreadableAddresses(handler: RequestListener): RequestListener {
  return (req, res) => {
    if (!(SERVED_METHODS as readonly string[]).includes(req.method ?? '')) {
      res.writeHead(405, { ...PLAIN, Allow: SERVED_METHODS.join(', ') }).end('Method not allowed')
      return
    }
    if (!isPageMethodServed(req.method ?? '', req.url)) {
      res.writeHead(405, { ...PLAIN, Allow: 'GET, POST' }).end(req.method === 'HEAD' ? undefined : 'Method not allowed')
      return
    }
    if (!isUnreadablePath(req.url)) return handler(req, res)
    res.writeHead(400, PLAIN).end('Bad request: the address is not valid')
  }
}
