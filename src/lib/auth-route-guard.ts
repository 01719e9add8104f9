import { isCallbackAddress } from './same-site-path'

// next-auth's callback cookie, with and without the prefix it uses over https.
const CALLBACK_COOKIES = ['next-auth.callback-url', '__Secure-next-auth.callback-url']
const PLAIN = { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }

type AuthRequest = { method: string; headers: Headers; nextUrl: URL; cookies: { get(name: string): { value: string } | undefined }; clone(): Request }

/**
 * Whether an address is no error page, or one next-auth may answer: `/api/auth/error` with at most one `error`, a
 * word. next-auth writes the code into its redirect's Location as it is, taking the last `error` given or a path
 * segment after `error/` (re-break 54 F1: `?error=AccessDenied&error=%00` and `/error/%00` answered 500, and `%0D%0A`
 * or `%C3%A9` put raw bytes in the header).
 */
function isPlainErrorPage(url: URL): boolean {
  const page = /\/api\/auth\/error(\/.*)?$/.exec(url.pathname)
  if (!page) return true
  const codes = url.searchParams.getAll('error')
  return page[1] === undefined && codes.length <= 1 && codes.every((code) => /^[A-Za-z]{1,64}$/.test(code))
}

/**
 * What next-auth's routes must not be given, answered 400 before next-auth reads the request, where it answered 500:
 * - a callback address it could not read, in the address or in its cookie, which is cleared so the next request works
 *   (re-break 52 F3: a planted cookie kept sign-in failing);
 * - a POST whose JSON body does not parse (re-break 52b F2: `[` answered 500 on every auth route, signed in or not);
 * - an error page's code that is not one word (break 54 F10: `/api/auth/error?error=%00` answered 500, as next-auth put
 *   the byte into its redirect's Location; next-auth's own codes are words such as AccessDenied): isPlainErrorPage.
 * Input: the route's request. Output: the 400 response, or null when next-auth may have the request. Never throws.
 */
export async function refusedAuthRequest(request: AuthRequest): Promise<Response | null> {
  if (!isPlainErrorPage(request.nextUrl)) return new Response('Bad request', { status: 400, headers: PLAIN })
  const base = request.nextUrl.origin
  const query = request.nextUrl.searchParams.get('callbackUrl')
  const planted = CALLBACK_COOKIES.filter((name) => {
    const value = request.cookies.get(name)?.value
    return value !== undefined && value !== '' && !isCallbackAddress(value, base)
  })
  if ((query !== null && query !== '' && !isCallbackAddress(query, base)) || planted.length > 0) {
    const response = new Response('Bad request: the address to return to is not valid', { status: 400, headers: PLAIN })
    for (const name of planted) response.headers.append('Set-Cookie', `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${name.startsWith('__Secure-') ? '; Secure' : ''}`)
    return response
  }
  // next-auth reads a body as JSON whenever its type mentions JSON (next-auth/next/utils.js getBody).
  if (request.method === 'POST' && request.headers.get('content-type')?.includes('application/json')) {
    try {
      JSON.parse(await request.clone().text())
    } catch {
      return new Response('Bad request', { status: 400, headers: PLAIN })
    }
  }
  return null
}

/**
 * next-auth's answer, with its refusals of the request worded as ours: a 400 whose body was an object written as text
 * ("[object Object]", its session update without a CSRF token) or its own English ("Error: This action with HTTP GET is
 * not supported by NextAuth.js"), and the 500 it gives a request it does not support ("Error: Callback for provider
 * type credentials not supported" for GET /api/auth/callback/credentials, re-break 53 F1), which is the request's
 * fault: 400 "Bad request". Input and output: a Response.
 */
export async function readableAuthResponse(response: Response): Promise<Response> {
  if (response.status !== 400 && response.status !== 500) return response
  const body = await response.clone().text()
  const refusal = response.status === 400 ? body === '[object Object]' || body.startsWith('Error: ') : /^Error: .* not supported/.test(body)
  if (!refusal) return response
  const headers = new Headers(response.headers)
  for (const [name, value] of Object.entries(PLAIN)) headers.set(name, value)
  return new Response('Bad request', { status: 400, headers })
}
