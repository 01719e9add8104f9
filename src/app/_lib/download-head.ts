/**
 * A download route's answer to HEAD: 405, allowing GET only. Next answers HEAD by running GET and dropping the body, so
 * a HEAD counted as a download in the audit log though nothing was sent (break 53 F8: a subject access export
 * recorded by `curl -I`). Every download route exports this as HEAD (download-head.test.ts).
 */
export function HEAD(): Response {
  return new Response(null, { status: 405, headers: { Allow: 'GET', 'Cache-Control': 'no-store' } })
}
