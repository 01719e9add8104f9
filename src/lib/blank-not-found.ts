import zlib from 'node:zlib'
import type { IncomingMessage, OutgoingHttpHeaders, RequestListener, ServerResponse } from 'node:http'
import { resolvedPath } from './bad-address'
import { pageFrom, pageHeaders, type FilledPage } from './page-from'
import { REFUSED_COOKIE } from './posted-notice'

/**
 * The app's own page that says a record was not found (src/app/(app)/missing/page.tsx), drawn inside the app's layout.
 * Asked for by the server in front (fillingBlankNotFound); a visitor who types it gets it as a 404 too.
 */
export const NOT_FOUND_PAGE = '/missing'


/**
 * Whether a response is the empty shell Next 16 sends in production when a page calls `notFound()`: HTTP 404 with
 * `<html id="__next_error__">` and the not-found markup only in the script payload, so without JavaScript the page is
 * blank (walk 60 F6; vercel/next.js#62228, #98295, #98954: an unmatched address renders fine). Input: status, the
 * Content-Type header and the body. Output: boolean.
 */
export function isBlankNotFound(status: number, contentType: unknown, body: Buffer): boolean {
  return status === 404 && String(contentType ?? '').startsWith('text/html') && body.includes('<html id="__next_error__"')
}

/** A 404 page held back to be looked at: what writeHead was given, its Content-Type, and the body so far. */
type Held = { status: number; type: unknown; args: unknown[]; chunks: Buffer[] }

/**
 * The body as written, decoded when Next compressed it (a browser sends Accept-Encoding, so the shell arrives gzipped):
 * only to be looked at, never sent decoded. An unknown encoding or a body that does not decode is returned as it is.
 */
function readable(body: Buffer, encoding: unknown): Buffer {
  try {
    if (encoding === 'gzip') return zlib.gunzipSync(body)
    if (encoding === 'br') return zlib.brotliDecompressSync(body)
    if (encoding === 'deflate') return zlib.inflateSync(body)
  } catch {
    return body
  }
  return body
}

/**
 * A browser asking for a whole page: a GET, or a form posted without the page's script (no Next-Action header: the
 * page drawn again in answer, e.g. a stale MAPPA referral returned meanwhile and out of reach since, walk 61 F3); not
 * the router's own request for a page's data (RSC) nor a prefetch.
 */
const isDocumentRequest = (req: IncomingMessage) =>
  (req.method === 'GET' || (req.method === 'POST' && !req.headers['next-action'])) && !req.headers.rsc && !req.headers['next-router-prefetch']

/**
 * The refusal a blank answer set for its page (REFUSED_COOKIE, a stale form posted without the script), which the page
 * sent instead must say (walk 61 F3). Input: the answer's Set-Cookie header. Output: the text, or null.
 */
export function refusalSetBy(setCookie: unknown): string | null {
  const named = new RegExp(`^${REFUSED_COOKIE}-[0-9a-f-]{36}=([^;]*)`)
  for (const line of [setCookie ?? []].flat()) {
    const value = named.exec(String(line))?.[1]
    if (value === undefined) continue
    try {
      return decodeURIComponent(value)
    } catch {
      return value
    }
  }
  return null
}


/**
 * Sends `page` instead of the blank shell: status 404, the page's own headers (its CSP nonce matches its scripts) and
 * any cookie the blank answer set.
 */
function sendFilled(res: ServerResponse, writeHead: ServerResponse['writeHead'], end: ServerResponse['end'], page: FilledPage) {
  const headers = pageHeaders(page)
  // Kept from the blank answer: a cookie it set, and "Connection: close" while the server stops.
  for (const name of ['set-cookie', 'connection']) if (res.hasHeader(name)) headers[name] = res.getHeader(name)
  for (const name of res.getHeaderNames()) res.removeHeader(name)
  ;(writeHead as (...a: unknown[]) => ServerResponse).call(res, 404, headers)
  ;(end as (b: Buffer) => ServerResponse).call(res, page.body)
}

/**
 * Wraps the request handler so a document request answered with Next's blank not-found shell (isBlankNotFound) gets
 * the app's not-found page instead, with status 404: `fetchPage(req, refusal)` asks this server for NOT_FOUND_PAGE as
 * the same visitor, handing it the refusal the blank answer set for its page (refusalSetBy); if it gives nothing, the blank shell goes out as it was. Only a 404 HTML answer to a document request is
 * held back (buffered) to be looked at; everything else streams through untouched. NOT_FOUND_PAGE asked for by a
 * visitor answers 404. Input: the handler and the fetcher. Output: a request listener.
 */
export function fillingBlankNotFound(handler: RequestListener, fetchPage: (req: IncomingMessage, refusal: string | null) => Promise<FilledPage | null>): RequestListener {
  return (req, res) => {
    if (!isDocumentRequest(req)) return handler(req, res)
    const { writeHead, write, end } = res
    const typedNotFound = resolvedPath(req.url) === NOT_FOUND_PAGE
    let held: Held | null = null
    res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
      // Next flushes the head before each piece it writes; while held, nothing has gone out, so once is enough.
      if (held) return this
      const code = typedNotFound && status === 200 ? 404 : status
      const headers = rest.find((r) => typeof r === 'object' && r !== null && !Array.isArray(r)) as OutgoingHttpHeaders | undefined
      const type = headers?.['content-type'] ?? headers?.['Content-Type'] ?? this.getHeader('content-type')
      if (code === 404 && String(type ?? '').startsWith('text/html')) {
        held = { status: code, type, args: rest, chunks: [] }
        return this
      }
      return (writeHead as (...a: unknown[]) => ServerResponse).call(this, code, ...rest)
    } as ServerResponse['writeHead']
    const hold = (chunk: unknown, encoding?: unknown) => {
      if (chunk != null && typeof chunk !== 'function') held!.chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'))
    }
    res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
      if (!this.headersSent && !held) this.writeHead(this.statusCode)
      if (!held) return (write as (...a: unknown[]) => boolean).call(this, chunk, ...rest)
      hold(chunk, rest[0])
      const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined
      done?.()
      return true
    } as ServerResponse['write']
    res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
      if (!this.headersSent && !held) this.writeHead(this.statusCode)
      if (!held) return (end as (...a: unknown[]) => ServerResponse).call(this, chunk, ...rest)
      const kept = held as Held
      if (typeof chunk !== 'function') hold(chunk, rest[0])
      const body = Buffer.concat(kept.chunks)
      const sendHeld = () => (end as (b: Buffer) => ServerResponse).call((writeHead as (...a: unknown[]) => ServerResponse).call(this, kept.status, ...kept.args), body)
      if (!isBlankNotFound(kept.status, kept.type, readable(body, this.getHeader('content-encoding')))) return sendHeld()
      void fetchPage(req, refusalSetBy(this.getHeader('set-cookie'))).then(
        (page) => (page ? sendFilled(this, writeHead, end, page) : sendHeld()),
        () => sendHeld(),
      )
      return this
    } as ServerResponse['end']
    return handler(req, res)
  }
}

/**
 * The fetcher for fillingBlankNotFound: NOT_FOUND_PAGE by pageFrom, with the refusal's words handed over; null when it
 * is itself blank. Input: this server's port, a time limit (ms). Never rejects.
 */
export function notFoundPageFrom(port: number, timeoutMs = 5_000): (req: IncomingMessage, refusal: string | null) => Promise<FilledPage | null> {
  const page = pageFrom(port, timeoutMs)
  return async (req, refusal) => {
    const found = await page(req, NOT_FOUND_PAGE, refusal === null ? null : { text: refusal })
    return found && !isBlankNotFound(404, found.headers['content-type'], found.body) ? found : null
  }
}
