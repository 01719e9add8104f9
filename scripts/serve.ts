import http from 'node:http'
import next from 'next'
import { refusingGarbledActions } from '../src/lib/action-body'
import { refusingUnreadableAddresses } from '../src/lib/bad-address'
import { fillingBlankNotFound, notFoundPageFrom } from '../src/lib/blank-not-found'
import { pageFrom } from '../src/lib/page-from'
import { stampingClientAddress, trustedProxies } from '../src/lib/client-address'

/**
 * The HTTP server in front of Next (what `npm start`, `npm run dev` and the end-to-end tests run, instead of
 * `next start`): Next's route handlers never see the socket, so this stamps the client's address from it (or from
 * LLWYBR_TRUSTED_PROXIES proxies' X-Forwarded-For) for sign-in throttling (issue 17 item 1), and answers 400 to a server
 * action body Next could not decode, or an address whose path is no valid %-encoding, where Next would answer 500
 * (issue 17, src/lib/action-body.ts, src/lib/bad-address.ts), and sends the app's not-found page where Next sends a blank
 * one (walk 60 F6, src/lib/blank-not-found.ts).
 * Arguments: `--dev` for development, `-p <port>` (default $PORT or 3000).
 */
const args = process.argv.slice(2)
const dev = args.includes('--dev')
const portAt = args.indexOf('-p')
const port = Number(portAt >= 0 ? args[portAt + 1] : (process.env.PORT ?? 3000))

/**
 * Stops this instance's job workers, started by src/instrumentation.ts inside Next (src/server/jobs/host.ts keeps the
 * stop function under a global symbol, the one thing shared between Next's bundle and this file). Never throws.
 */
async function stopJobWorkers(): Promise<void> {
  const host = (globalThis as Record<symbol, { stop?: () => Promise<void> } | undefined>)[Symbol.for('llwybr.jobs')]
  try {
    await host?.stop?.()
  } catch (e) {
    console.error('[llwybr] jobs did not stop cleanly', e)
  }
}

/** How long in-flight requests get to finish after SIGTERM before their connections are cut (issue 18: stop within 10 s). */
const STOP_GRACE_MS = 8_000

async function main() {
  // As `next start` and `next dev` do: without it a custom server renders with React's development builds.
  ;(process.env as Record<string, string>).NODE_ENV ??= dev ? 'development' : 'production'
  const app = next({ dev, port })
  await app.prepare()
  const handle = app.getRequestHandler()
  let stopping = false
  // While stopping, every response closes its connection: a keep-alive connection kept busy by a load balancer would
  // otherwise never become idle, and server.close() waited for it until the load ended (57 s in the two-instance test).
  const handleOrClose: http.RequestListener = (req, res) => {
    if (stopping) res.setHeader('Connection', 'close')
    void handle(req, res)
  }
  const server = http.createServer(refusingUnreadableAddresses(stampingClientAddress(refusingGarbledActions(fillingBlankNotFound(handleOrClose, notFoundPageFrom(port)), pageFrom(port, 15_000)), trustedProxies())))
  server.listen(port, () => console.log(`[llwybr] ready on port ${port} (trusted proxies: ${trustedProxies()})`))
  // Graceful stop (issue 18): stop taking requests and let those in flight finish, and at the same time stop the job
  // workers (the job in hand finishes or is failed back for a retry); only then exit, which closes the pools.
  const stop = () => {
    if (stopping) return
    stopping = true
    const served = new Promise<void>((resolve) => server.close(() => resolve()))
    // Connections between requests are closed as they fall idle; any still open after the grace period are cut.
    const idle = setInterval(() => server.closeIdleConnections(), 100)
    setTimeout(() => server.closeAllConnections(), STOP_GRACE_MS).unref()
    void served.finally(() => clearInterval(idle))
    void Promise.all([served, stopJobWorkers()]).finally(() => process.exit(0))
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}

main().catch((e) => {
  console.error('[llwybr] server failed to start', e)
  process.exit(1)
})
