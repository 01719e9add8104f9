import type { IncomingMessage, ServerResponse } from 'node:http'
import { pageHeaders, type FilledPage } from './page-from'
import type { THandedRefusal } from './handed-refusal'

// The answer to a form posted without the page's script that is too large to read (break 64 F1), apart from the
// reading of action bodies (action-body.ts) that decides a body is too large.

/** Asks this server for a page as the visitor sees it, with a refusal handed to it (page-from.ts). */
export type PageFetcher = (req: IncomingMessage, path: string, refusal: THandedRefusal) => Promise<FilledPage | null>

/**
 * The page a form too large to read was posted from, when the post is a browser's own form post from that page: it
 * asks for a page back (Accept: text/html) and says it came from the very address it posts to (Referer, on this
 * host), as a form posted without the page's script does. Else null: a post to a download's address (a subject access
 * bundle, a letter) would have the export built and audited for a page never shown (retest break 64 F6).
 * Input: the request. Output: the path and query, or null.
 */
export function formPageOf(req: IncomingMessage): string | null {
  if (!String(req.headers.accept ?? '').includes('text/html') || !req.url?.startsWith('/')) return null
  try {
    const from = new URL(String(req.headers.referer ?? ''))
    return from.host === req.headers.host && `${from.pathname}${from.search}` === req.url ? req.url : null
  } catch {
    return null
  }
}

// Said when the form's page cannot be had in time (the server busy, retest break 64 F1): in both languages, as the
// reader's is not known here, with the way back.
const TOO_LARGE_HTML = (back: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Nothing was saved – Llwybr</title></head><body>` +
  `<h1>Nothing was saved</h1><p>The form was too large to read. A file must be smaller than 10 MB.</p>` +
  `<p lang="cy">Ni chadwyd dim: roedd y ffurflen yn rhy fawr i’w darllen. Rhaid i ffeil fod yn llai na 10 MB.</p>` +
  `<p><a href="${back}">Go back to the form</a> · <a lang="cy" href="${back}">Yn ôl i’r ffurflen</a></p></body></html>`

/**
 * A form posted without the page's script (a document upload) too large to read: its page drawn again, saying at the
 * top that nothing was saved and why, in the reader's language, with status 413 (break 64 F1: a bare "Payload too
 * large" in English, the typed answers gone with no way back); when the page cannot be had, a plain page saying so in
 * English and Welsh with the way back. Input: the request and response, the page fetcher, the promise that the rest of
 * the body has been dropped (drainedOf). Output: whether an answer was sent (false: not such a post).
 */
export async function sentPageInstead(req: IncomingMessage, res: ServerResponse, pageFor: PageFetcher, drained: Promise<void>): Promise<boolean> {
  const path = formPageOf(req)
  if (!path) return false
  // The page is drawn while the rest of the body is dropped; answered only once it is (review 65 B1).
  const [page] = await Promise.all([pageFor(req, path, { say: 'bodyTooLarge' }), drained])
  const headers = page ? pageHeaders(page) : { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'none'" }
  const body = page?.body ?? Buffer.from(TOO_LARGE_HTML(encodeURI(path)))
  res.writeHead(413, { ...headers, 'content-length': body.length, 'cache-control': 'no-store', connection: 'close' }).end(body)
  return true
}
