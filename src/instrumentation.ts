/**
 * Next calls this once when a server instance starts (scripts/serve.ts's `prepare`). It starts the background job
 * workers in the Node.js runtime (issue 18 item 2), unless LLWYBR_JOBS=off; scripts/serve.ts stops them on SIGTERM.
 * Not during `next build`, which never calls it.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { startJobs } = await import('./server/jobs/host')
  await startJobs()
}
