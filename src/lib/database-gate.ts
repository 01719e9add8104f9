import net from 'node:net'
import cy from '../i18n/messages/cy/security.json'
import en from '../i18n/messages/en/security.json'

/**
 * Issue 17 item 7: while the database was down, pages took 3.6–3.9 s to fail, with a generic error. The proxy asks
 * this gate first: a TCP connection to the database's host and port, answered within PROBE_TIMEOUT_MS, remembered
 * for FRESH_MS so a busy app probes about once a second and notices the database is back within that second.
 */
export const PROBE_TIMEOUT_MS = 800
const FRESH_MS = 1_000

let known: { at: number; up: boolean; url: string } | null = null

/** Whether a TCP connection to the database in `url` opens within PROBE_TIMEOUT_MS; never throws. */
function probe(url: string): Promise<boolean> {
  let host: string
  let port: number
  try {
    const parsed = new URL(url)
    host = parsed.hostname.replace(/^\[|\]$/g, '') || 'localhost'
    port = Number(parsed.port || 5432)
  } catch {
    return Promise.resolve(true)
  }
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: PROBE_TIMEOUT_MS })
    const done = (up: boolean) => (socket.destroy(), resolve(up))
    socket.once('connect', () => done(true))
    socket.once('timeout', () => done(false))
    socket.once('error', () => done(false))
  })
}

/**
 * Whether the database can be reached, from a probe at most FRESH_MS old. Input: its connection URL (unset: assumed
 * up, e.g. during `next build`). Output: true or false, within about PROBE_TIMEOUT_MS.
 */
export async function databaseReachable(url = process.env.DATABASE_URL, now = Date.now()): Promise<boolean> {
  if (!url) return true
  if (known && known.url === url && now - known.at < FRESH_MS) return known.up
  const up = await probe(url)
  known = { at: now, up, url }
  return up
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** The "service unavailable" page, in Welsh and English at once: the reader's language setting is in the database. */
export function unavailablePage(nonce: string): string {
  const part = (lang: 'cy' | 'en', m: typeof en.security.unavailable) =>
    `<section lang="${lang}"><h${lang === 'en' ? 1 : 2}>${escape(m.title)}</h${lang === 'en' ? 1 : 2}><p>${escape(m.body)}</p><p><a href="">${escape(m.retry)}</a></p></section>`
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(en.security.unavailable.title)} / ${escape(cy.security.unavailable.title)}</title><style nonce="${nonce}">body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5}</style></head><body><main id="main">${part('en', en.security.unavailable)}<hr>${part('cy', cy.security.unavailable)}</main></body></html>`
}
