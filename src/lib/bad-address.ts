import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http'

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

/** Files Next serves as they are (its build's static files, the icons): GET and HEAD only. */
const isStaticFile = (path: string) => path.startsWith('/_next/static/') || path === '/favicon.ico' || path === '/icon.svg'

/**
 * Whether a request target is a path on this server (origin-form, RFC 9112 §3.2.1). An absolute target
 * (`GET http://evil.example/offenders`) had Next answer 308 to the other host, which a shared cache could keep for
 * everyone, and `OPTIONS *` answered 500 (break 54 F11, F12). Input: the raw request target. Output: boolean.
 */
export const isOriginForm = (url: string | undefined) => url !== undefined && url.startsWith('/')

/**
 * Whether a HEAD request may be answered: only for the health check and static files. Next answers HEAD by running
 * GET and dropping the body, so a HEAD of a record page or a download was audited as a view or a download nobody
 * received (break 53 F8, re-break 53 F4). Input: the raw request target. Output: boolean.
 */
export function isHeadServed(url: string | undefined): boolean {
  const path = resolvedPath(url)
  return path === '/api/health' || isStaticFile(path)
}

/**
 * Whether a served method may reach this address: HEAD only where isHeadServed says, and PUT, PATCH and DELETE only to
 * route handlers (/api/): a page answered them with itself and audited the view (re-break 53 F8: PUT on a record's
 * details page). Input: the method and the raw request target. Output: boolean.
 */
export function isPageMethodServed(method: string, url: string | undefined): boolean {
  if (method === 'HEAD') return isHeadServed(url)
  // A static file answered POST and OPTIONS with 500 (break 54 F1).
  if (isStaticFile(resolvedPath(url))) return method === 'GET'
  if (method === 'PUT' || method === 'PATCH' || method === 'DELETE') return resolvedPath(url).startsWith('/api/')
  return true
}

/**
 * Keeps a redirect in answer to a POST from having the browser post the form again to where it leads: 307 and 308 are
 * answered 303. A page whose session had gone redirected a form posted without JavaScript to sign-in with 307, which
 * answered the re-posted form 409 "Server Action unavailable." (walk 54 F3, break 54 F4). Llwybr never means a POST to
 * be repeated elsewhere. Input: the request and its response, before anything is written.
 */
function seeOtherAfterPost(req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'POST') return
  const writeHead = res.writeHead
  res.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse['writeHead']>) {
    if (args[0] === 307 || args[0] === 308) args[0] = 303
    return writeHead.apply(this, args)
  } as ServerResponse['writeHead']
}

/**
 * Wraps a request handler so a request target that is no path here (isOriginForm) or whose path cannot be read is
 * answered 400, a method Llwybr does not serve there (isPageMethodServed) 405, and Next's image optimiser (Llwybr
 * shows no optimised images; it answered 500 for pages and files that are not images, break 54 F1b) 404: never passed
 * on to fail as 500 or to be audited. OPTIONS on a page is answered here with the methods a page takes. A POST's
 * 307 or 308 becomes 303 (seeOtherAfterPost).
 */
export function refusingUnreadableAddresses(handler: RequestListener): RequestListener {
  return (req, res) => {
    if (!(SERVED_METHODS as readonly string[]).includes(req.method ?? '')) {
      res.writeHead(405, { ...PLAIN, Allow: SERVED_METHODS.join(', ') }).end('Method not allowed')
      return
    }
    if (!isOriginForm(req.url) || isUnreadablePath(req.url)) {
      res.writeHead(400, PLAIN).end('Bad request: the address is not valid')
      return
    }
    if (!isPageMethodServed(req.method ?? '', req.url)) {
      const allow = isStaticFile(resolvedPath(req.url)) ? 'GET, HEAD' : 'GET, POST'
      res.writeHead(405, { ...PLAIN, Allow: allow }).end(req.method === 'HEAD' ? undefined : 'Method not allowed')
      return
    }
    // A page takes GET and POST (its server actions); Next answered OPTIONS with an empty 400 (re-break 54). Route
    // handlers (/api/) answer OPTIONS themselves, from the methods they export.
    if (req.method === 'OPTIONS' && !resolvedPath(req.url).startsWith('/api/')) {
      res.writeHead(204, { 'Cache-Control': 'no-store', Allow: 'GET, POST' }).end()
      return
    }
    if (resolvedPath(req.url) === '/_next/image') {
      res.writeHead(404, PLAIN).end('Not found')
      return
    }
    seeOtherAfterPost(req, res)
    return handler(req, res)
  }
}
