import { createRequire } from 'node:module'
import path from 'node:path'

/**
 * Issue 17 (no 500 on a garbled action body), after walk 51, break 51 and re-break 51 each found a body shape the
 * hand-written check in reply-parts.ts let through: this runs React's own decodeReply, from the react-server build Next
 * ships (next/dist/compiled), on a server action body before Next does, so a body React cannot decode is answered 400
 * rather than failing inside Next as a 500. That build refuses to load outside the "react-server" condition, so its
 * imports of react and react-dom are pointed at their react-server entries while it loads; Next's own copy, bundled in
 * its runtime, is untouched.
 */

type Decode = (body: string | FormData, serverManifest: object, options: { temporaryReferences: unknown }) => PromiseLike<unknown>
type ReactServer = { decodeReply: Decode; createTemporaryReferenceSet: () => unknown }

let loaded: ReactServer | undefined
const DECODE_LIMIT_MS = 2_000

function reactServer(): ReactServer {
  if (loaded) return loaded
  const require = createRequire(path.join(process.cwd(), 'package.json'))
  const compiled = path.dirname(path.dirname(require.resolve('next/dist/compiled/react/package.json')))
  const react = path.join(compiled, 'react', 'react.react-server.js')
  const reactDom = path.join(compiled, 'react-dom', 'react-dom.react-server.js')
  const redirect: Record<string, string> = { react, 'react-dom': reactDom, 'next/dist/compiled/react': react, 'next/dist/compiled/react-dom': reactDom }
  const Module = require('node:module') as { _resolveFilename: (request: string, ...rest: unknown[]) => string }
  const resolve = Module._resolveFilename
  Module._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]) {
    return resolve.call(this, redirect[request] ?? request, ...rest)
  }
  try {
    const mode = process.env.NODE_ENV === 'production' ? 'production' : 'development'
    loaded = require(path.join(compiled, 'react-server-dom-webpack', 'cjs', `react-server-dom-webpack-server.node.${mode}.js`)) as ReactServer
  } finally {
    Module._resolveFilename = resolve
  }
  return loaded
}

/**
 * Whether React decodes this server action body into arguments, as Next would before running the action.
 * Input: the body (JSON text, or the form of a multipart reply). Output: true when decoding succeeds. An empty server
 * manifest is given, so a server reference ("$F…", never an argument Llwybr sends) does not decode; a decode still
 * unsettled after 2,000 ms counts as failed. Raises nothing.
 */
export async function reactDecodes(body: string | FormData): Promise<boolean> {
  try {
    const { decodeReply, createTemporaryReferenceSet } = reactServer()
    let timer: NodeJS.Timeout | undefined
    // A whole body is given, so React settles at once; the limit only keeps a request from waiting on a bug.
    const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('late')), DECODE_LIMIT_MS)))
    try {
      await Promise.race([decodeReply(body, {}, { temporaryReferences: createTemporaryReferenceSet() }), late])
    } finally {
      clearTimeout(timer)
    }
    return true
  } catch {
    return false
  }
}
