import type { IncomingMessage, RequestListener } from 'node:http'
import { wholeNumberSetting } from './whole-number-setting'

/**
 * Issue 17 item 1: sign-in throttling took the client's address from the left-most X-Forwarded-For value, which the
 * client writes itself, and every client without the header shared one bucket. The server (scripts/serve.ts) stamps
 * this header from the socket on every request, replacing any copy the client sent; the app trusts nothing else.
 */
export const CLIENT_ADDRESS_HEADER = 'x-llwybr-client-address'

/** `LLWYBR_TRUSTED_PROXIES`: how many proxies of our own stand in front of the app (a whole number, default 0). */
export function trustedProxies(value = process.env.LLWYBR_TRUSTED_PROXIES): number {
  return wholeNumberSetting(value, 0, { min: 0, max: 10 })
}

/**
 * The client's address. With no trusted proxy it is the socket's peer; with n, each proxy appended the address it
 * saw to X-Forwarded-For, so the client is the n-th value from the right (the socket's peer being the 0-th). Values
 * further left were written by the client and are never used. Null when nothing is known.
 */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, proxies: number): string | null {
  const forwarded = [forwardedFor ?? []].flat().flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean)
  const chain = [...forwarded, ...(socketAddress ? [socketAddress] : [])]
  if (!chain.length) return null
  // Fewer hops than configured: the request did not come through all our proxies; the nearest one we can see counts.
  return chain[Math.max(0, chain.length - 1 - proxies)]!.slice(0, 100)
}

/**
 * Wraps a request handler so every request carries the client address header the server worked out. With no trusted
 * proxy, an `X-Forwarded-Host` can only have been written by the client, so it is dropped: the same-site check on
 * server actions then compares Origin with Host alone (break 50 F3: a foreign Origin passed with a matching one).
 */
export function stampingClientAddress(handler: RequestListener, proxies = trustedProxies()): RequestListener {
  return (req: IncomingMessage, res) => {
    delete req.headers[CLIENT_ADDRESS_HEADER]
    if (proxies === 0) delete req.headers['x-forwarded-host']
    const address = clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], proxies)
    if (address) req.headers[CLIENT_ADDRESS_HEADER] = address
    return handler(req, res)
  }
}

/**
 * The address the server stamped, from a request's headers (a plain object, as next-auth hands them to authorize);
 * null when the app runs without that server, so only the account is throttled, never one shared bucket.
 */
export function addressFromHeaders(headers: Record<string, unknown> | undefined): string | null {
  const stamped = headers?.[CLIENT_ADDRESS_HEADER]
  return typeof stamped === 'string' && stamped ? stamped : null
}
