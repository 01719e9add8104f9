import { IncomingMessage, type RequestListener } from 'node:http'
import type { Readable } from 'node:stream'
import { answeringBadActionRequests } from './action-started'
import { reactDecodes } from './react-reply'
import { isUndecodableReply } from './reply-parts'
import { MAX_ACTION_BODY_BYTES } from './same-origin'
import { resolvedPath } from './bad-address'
import { sentPageInstead, type PageFetcher } from './too-large-page'

/**
 * Issue 17 (no 500 on a garbled action body): Next answers HTTP 500 when a server action's body cannot be decoded
 * (a multipart body with a broken boundary, or an action-header body that is not the JSON React's encodeReply sends),
 * because it fails while reading the arguments, before any action runs. scripts/serve.ts reads such bodies first and
 * answers 400 for those; everything else, a decodable body included, goes to Next unchanged, so real server errors
 * still surface as 500. Bodies over the action limit get 413, as the proxy gives those that declare their length.
 */

type Headers = IncomingMessage['headers']
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? ''

type BodyKind = 'multipart' | 'multipart-reply' | 'reply'

/** A POST Next may take for a server action: one with the action header, or a form posted as multipart. */
const mayBeAction = (req: IncomingMessage) =>
  req.method === 'POST' && (req.headers['next-action'] !== undefined || first(req.headers['content-type']).toLowerCase().includes('multipart/'))

/**
 * Which body a request carries that Next would decode as a server action: 'multipart' (a form posted without
 * JavaScript), 'multipart-reply' (a form React's encodeReply sent with the action header), 'reply' (JSON text) or null.
 */
export function actionBodyKind(method: string | undefined, url: string | undefined, headers: Headers): BodyKind | null {
  if (method !== 'POST' || resolvedPath(url).startsWith('/api/')) return null
  const type = first(headers['content-type']).toLowerCase()
  if (type.startsWith('multipart/form-data')) return headers['next-action'] !== undefined ? 'multipart-reply' : 'multipart'
  // A urlencoded body is never decoded by Next (it answers 404 or renders the page), so it needs no check.
  if (headers['next-action'] !== undefined && type !== 'application/x-www-form-urlencoded') return 'reply'
  return null
}

/**
 * True when Next could not decode this body. Input: the kind from `actionBodyKind`, the Content-Type, the raw
 * bytes. Multipart is parsed by the same WHATWG parser Next uses for form posts; a 'reply' body must be JSON text, and
 * so must a 'multipart-reply' body's root field "0", where React's decodeReply starts (walk 51 F1: a form body with
 * the action header but no "0" failed in Next with "Connection closed", a 500), and neither may name a part it does
 * not carry (`isUndecodableReply`, break 51 F4). Then React's own decoder must accept it (`reactDecodes`; a Map or Set
 * made from a number, a typed array without its blob: shapes the hand check let through). The hand check stays in
 * front: it also refuses what React decodes but Next cannot call an action with (arguments that are no list).
 */
export async function isGarbledActionBody(kind: BodyKind, contentType: string, body: Buffer): Promise<boolean> {
  try {
    // A plain JSON body is part 0 itself: a reference into it ("$0:…", a repeated object) resolves there.
    const text = body.toString('utf8')
    if (kind === 'reply') return isUndecodableReply(text, (id) => (id === '0' ? text : null)) || !(await reactDecodes(text))
    const form = await new Response(new Uint8Array(body), { headers: { 'content-type': contentType } }).formData()
    const root = form.get('0')
    if (kind === 'multipart-reply') return isUndecodableReply(typeof root === 'string' ? root : '', (id) => form.get(id)) || !(await reactDecodes(form))
    return false
  } catch {
    return true
  }
}

// How much of a body over the limit is read and dropped before the connection is cut (bytes): enough for a browser
// sending a file a little over the limit to read the answer; a flood is cut (review 64 S2: 446 MB read in 3 s).
export const DRAIN_LIMIT_BYTES = 4 * MAX_ACTION_BODY_BYTES

/**
 * Reads a body up to `limit` bytes; null when it is larger. The rest of a larger one is read and dropped up to `drain`
 * bytes in all, so the connection stays whole and the browser still reads the answer (the form's page,
 * sentPageInstead); past that the request is destroyed. Input: the request, { limit, drain } in bytes. Output: the
 * body, or null.
 */
export function readBody(req: Readable, { limit = MAX_ACTION_BODY_BYTES, drain = DRAIN_LIMIT_BYTES } = {}): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > drain) return void req.destroy()
      if (size <= limit) return void chunks.push(chunk)
      chunks.length = 0
      resolve(null)
    })
    req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks)))
    // Cut short (the sender gave up, or the drain cut it): too large is still too large; a body not all here is none.
    req.on('close', () => (size > limit ? resolve(null) : reject(new Error('body cut short'))))
    req.on('error', (e) => (size > limit ? resolve(null) : reject(e)))
  })
}

// How long an answer to a body over the limit waits for the rest of it to be dropped (ms): Node's own request timeout
// bounds a slow sender too, this keeps a stalled one from holding the answer back.
const DRAIN_WAIT_MS = 30_000

/**
 * Resolves once the rest of a body over the limit has been read and dropped (readBody goes on reading it), or cut at
 * the drain limit, or after `maxMs`. An answer written while the browser is still sending closes a connection with
 * data unread, which the browser takes for a reset and shows instead of the answer (review 65 B1). Input: the request,
 * the wait in ms. Output: a promise that never rejects.
 */
export function drainedOf(req: Readable, maxMs = DRAIN_WAIT_MS): Promise<void> {
  if (req.readableEnded || req.destroyed) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, maxMs)
    const done = () => {
      clearTimeout(timer)
      resolve()
    }
    req.once('end', done).once('close', done).once('error', done)
  })
}

/** A fresh request carrying the same head and the body already read, for Next to read again. */
function replay(req: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new IncomingMessage(req.socket)
  // `complete`: the body has all arrived. Without it Node takes the copy's end for an aborted request and destroys the
  // shared socket before Next has answered.
  Object.assign(copy, { method: req.method, url: req.url, headers: req.headers, rawHeaders: req.rawHeaders, httpVersion: req.httpVersion, httpVersionMajor: req.httpVersionMajor, httpVersionMinor: req.httpVersionMinor, complete: true })
  copy.push(body)
  copy.push(null)
  return copy
}

/**
 * Wraps a request handler so an undecodable server action body is answered 400 (413 when too large), never 500: checked
 * here first, and any action request Next then fails before its action began answers 400 (answeringBadActionRequests).
 * `pageFor`: with it, a form posted without the script that is too large gets its page back saying so (sentPageInstead).
 */
export function refusingGarbledActions(handler: RequestListener, pageFor?: PageFetcher): RequestListener {
  // Whatever this check lets through that Next still cannot call an action with answers 400 too (action-started.ts).
  const netted = answeringBadActionRequests(handler)
  return (req, res) => {
    const kind = actionBodyKind(req.method, req.url, req.headers)
    if (!kind) return mayBeAction(req) ? netted(req, res) : handler(req, res)
    void (async () => {
      const body = await readBody(req)
      if (body === null && kind === 'multipart' && pageFor && (await sentPageInstead(req, res, pageFor, drainedOf(req)))) return
      if (body === null) await drainedOf(req)
      const status = body === null ? 413 : (await isGarbledActionBody(kind, first(req.headers['content-type']), body)) ? 400 : 0
      if (status) {
        res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'close' }).end(status === 400 ? 'Bad request' : 'Payload too large')
        return
      }
      netted(replay(req, body!), res)
    })().catch(() => {
      if (!res.headersSent) res.writeHead(400, { Connection: 'close' })
      res.end()
    })
  }
}
