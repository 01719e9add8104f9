import { AsyncLocalStorage } from 'node:async_hooks'
import type { RequestListener } from 'node:http'

/**
 * Issue 17 item 5 (no 500 on malformed input to a server action), after walk 51, break 51, re-break 51 and break 52
 * each found a body Next could not turn into an action call in a new way (a part sent after the root that names it, a
 * capital-M content type, 1,001 arguments, a no-JavaScript post's bound arguments): Next answers such a request 500
 * before any Llwybr code runs. So the server in front (scripts/serve.ts) notes, for each action request, whether the
 * action began (`markActionStarted`, called by runAction and runChecked in src/server/action.ts), and a 500 answered
 * while none had is sent as 400: the request, not the server, was at fault (and Next's own 400 then, in our words). A
 * 500 after an action began is left as it is; so actions that do not run through runAction mark themselves. The note
 * lives under a global symbol, the one thing shared between Next's bundle and this file.
 */

type Note = { started: boolean }
/** Headers that describe the body Next wrote for its 500, which a 400 does not send. */
const BODY_HEADERS = ['content-length', 'content-type', 'content-encoding', 'etag', 'transfer-encoding']
const KEY = Symbol.for('llwybr.actionRequest')
const holder = globalThis as Record<symbol, AsyncLocalStorage<Note> | undefined>

/** Marks the server action of the current request as begun. No-op outside an action request or outside serve.ts. */
export function markActionStarted(): void {
  const note = holder[KEY]?.getStore()
  if (note) note.started = true
}

/**
 * Runs `handler` for an action request with its note, and turns a 500 written before the action began into 400.
 * Input: the request and response, and the handler (Next's). Output: whatever the handler returns.
 */
export function answeringBadActionRequests(handler: RequestListener): RequestListener {
  const notes = (holder[KEY] ??= new AsyncLocalStorage<Note>())
  return (req, res) => {
    const note: Note = { started: false }
    const writeHead = res.writeHead.bind(res) as (status: number, ...rest: unknown[]) => typeof res
    const write = res.write.bind(res) as (...args: unknown[]) => boolean
    const end = res.end.bind(res) as (...args: unknown[]) => typeof res
    let refused = false
    // Next's own 400 before the action began ("Invalid Server Action request." for an action id it does not know) is
    // worded as ours is (re-break 52b F3).
    const failsUnbegun = (status: number) => (status === 500 || status === 400) && !note.started
    // Node writes an implicit head (a bare res.end) through writeHead too, so this sees every status.
    res.writeHead = ((status: number, ...rest: unknown[]) => {
      if (!failsUnbegun(status)) return writeHead(status, ...rest)
      // Next's error page for the 500 ("Internal Server Error", re-break 52 F5) and its reason phrase would be wrong
      // beside 400: the head keeps none of its body's headers, and a short plain text goes in place of the body.
      refused = true
      for (const name of BODY_HEADERS) res.removeHeader(name)
      const headers = rest.find((r) => r !== null && typeof r === 'object' && !Array.isArray(r)) as Record<string, unknown> | undefined
      const kept = Object.fromEntries(Object.entries(headers ?? {}).filter(([name]) => !BODY_HEADERS.includes(name.toLowerCase())))
      return writeHead(400, { ...kept, 'content-type': 'text/plain; charset=utf-8' })
    }) as typeof res.writeHead
    // A body written with no head yet (statusCode set, then write or end) gets its head decided first.
    const headFirst = () => {
      if (!res.headersSent && failsUnbegun(res.statusCode)) res.writeHead(500)
    }
    res.write = ((...args: unknown[]) => {
      headFirst()
      return refused ? true : write(...args)
    }) as typeof res.write
    res.end = ((...args: unknown[]) => {
      headFirst()
      return refused ? end('Bad request', args.find((a) => typeof a === 'function')) : end(...args)
    }) as typeof res.end
    return notes.run(note, () => handler(req, res))
  }
}
