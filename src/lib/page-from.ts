import http, { type IncomingMessage, type OutgoingHttpHeaders } from 'node:http'
import { HANDED_REFUSAL_HEADER, handOverRefusal, type THandedRefusal } from './handed-refusal'

// The server in front asking this server for one of the app's pages as the visitor sees it, to send in place of its
// own answer: the not-found page for a blank one (blank-not-found.ts), a form's page for a form too large to read
// (action-body.ts).

/** A page Next produced in place of a document, to be sent instead: its headers (its own CSP nonce) and body. */
export type FilledPage = { headers: OutgoingHttpHeaders; body: Buffer }

/** Headers that describe one connection or one body's framing, never copied from the page asked for. */
const HOP_HEADERS = new Set(['connection', 'content-length', 'date', 'keep-alive', 'transfer-encoding'])

/** The headers to send a page asked for with: its own (its CSP nonce matches its scripts), less those of its connection. */
export function pageHeaders(page: FilledPage): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = Object.fromEntries(Object.entries(page.headers).filter(([name]) => !HOP_HEADERS.has(name.toLowerCase())))
  headers['content-length'] = page.body.length
  return headers
}

/** The visitor's headers a page is asked for with: who they are (the session) and their language. */
const VISITOR_HEADERS = ['cookie', 'accept-language', 'user-agent', 'host'] as const

/**
 * A fetcher of this server's own pages (127.0.0.1:`port`) as the visitor sees them: `path` with the visitor's session
 * and language, and a refusal to say there handed over (HANDED_REFUSAL_HEADER). An answer that is not an HTML page of
 * status 200 or 404 is left unread (a download, a redirect to sign-in). Output: the page, or null when it is no such
 * page, fails or takes longer than `timeoutMs` (ms). Never rejects.
 */
export function pageFrom(port: number, timeoutMs = 5_000): (req: IncomingMessage, path: string, refusal: THandedRefusal | null) => Promise<FilledPage | null> {
  return (req, path, refusal) =>
    new Promise((resolve) => {
      const headers = Object.fromEntries(VISITOR_HEADERS.flatMap((h) => (req.headers[h] ? [[h, req.headers[h]]] : [])))
      if (refusal) headers[HANDED_REFUSAL_HEADER] = handOverRefusal(refusal)
      const ask = http.get({ host: '127.0.0.1', port, path, headers, timeout: timeoutMs }, (answer) => {
        const html = String(answer.headers['content-type'] ?? '').startsWith('text/html')
        if (!html || (answer.statusCode !== 200 && answer.statusCode !== 404)) {
          answer.destroy()
          return resolve(null)
        }
        const chunks: Buffer[] = []
        answer.on('data', (c: Buffer) => chunks.push(c))
        answer.on('error', () => resolve(null))
        answer.on('end', () => resolve({ headers: answer.headers, body: Buffer.concat(chunks) }))
      })
      ask.on('timeout', () => ask.destroy())
      ask.on('error', () => resolve(null))
    })
}
