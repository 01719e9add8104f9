import { AsyncLocalStorage } from 'node:async_hooks'
import type { RequestListener } from 'node:http'

/**
 * Issue 17 item 5 (no 500 on malformed input to a server action), after walk 51, break 51, re-break 51 and break 52
 * each found a body Next could not turn into an action call in a new way (a part sent after the root that names it, a
 * capital-M content type, 1,001 arguments, a no-JavaScript post's bound arguments): Next answers such a request 500
 * before any Llwybr code runs. So the server in front (scripts/serve.ts) notes, for each action request, whether the
 * action began (`markActionStarted`, called by runAction and runChecked in src/server/action.ts), and a 500 answered
 * while none had is sent as 400: the request, not the server, was at fault. A 500 after an action began is left as it
 * is. The note lives under a global symbol, the one thing shared between Next's bundle and this file.
 */

type Note = { started: boolean }
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
    // Node writes an implicit head (a bare res.end) through writeHead too, so this sees every status.
    res.writeHead = ((status: number, ...rest: unknown[]) => {
      if (status !== 500 || note.started) return writeHead(status, ...rest)
      // A reason phrase given with the 500 ("Internal Server Error") would be wrong beside 400.
      return writeHead(400, ...(typeof rest[0] === 'string' ? rest.slice(1) : rest))
    }) as typeof res.writeHead
    return notes.run(note, () => handler(req, res))
  }
}
