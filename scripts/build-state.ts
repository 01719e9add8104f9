import fs from 'node:fs'
import path from 'node:path'

/**
 * Whether a production build is needed, and how every script launches the production server: one answer for
 * `npm start`, the end-to-end server, `npm run bench:load` and `npm run test:scale` (issue 18 review).
 */

/**
 * The production build's commands, in order: the Prisma client from the schema, then Next's build. A schema change
 * pulled without `npm install` would otherwise be built against the old client, and every write naming a new column
 * fails at run time ("Unknown argument"; found by the re-check of issue 16 on 1 Dec 2026).
 */
export const buildSteps: [string, string[]][] = [
  [path.resolve('node_modules/.bin/prisma'), ['generate']],
  [path.resolve('node_modules/.bin/next'), ['build']],
]

/** What a build is made from: a change to any of these makes `.next` stale. */
const BUILD_INPUTS = ['src', 'prisma/schema', 'next.config.ts', 'package-lock.json', 'postcss.config.mjs']

/** The newest modification time (ms since the epoch) under `entries`, skipping generated code; 0 when none exist. */
function newestMtime(entries: string[]): number {
  let newest = 0
  const walk = (p: string) => {
    if (!fs.existsSync(p)) return
    const stat = fs.statSync(p)
    if (stat.isDirectory()) fs.readdirSync(p).forEach((e) => e !== 'generated' && walk(path.join(p, e)))
    else newest = Math.max(newest, stat.mtimeMs)
  }
  entries.forEach(walk)
  return newest
}

/** True when `.next` has no finished build, or any build input changed after it was made. */
export function needsBuild(): boolean {
  const buildId = '.next/BUILD_ID'
  if (!fs.existsSync(buildId)) return true
  return newestMtime(BUILD_INPUTS) > fs.statSync(buildId).mtimeMs
}

/**
 * The command and arguments that run our production server (scripts/serve.ts, which stamps the client's address in
 * front of Next: issue 17 item 1) on `port`. Node loads tsx itself, so a signal sent to the child reaches the server
 * with no wrapper process in between (issue 18, graceful shutdown).
 */
export function serverCommand(port: string | number, options: { dev?: boolean } = {}): [string, string[]] {
  return [process.execPath, ['--import', 'tsx', 'scripts/serve.ts', ...(options.dev ? ['--dev'] : []), '-p', String(port)]]
}
