import { isCallbackAddress } from './same-site-path'

// next-auth's callback cookie, with and without the prefix it uses over https.
const CALLBACK_COOKIES = ['next-auth.callback-url', '__Secure-next-auth.callback-url']
const PLAIN = { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }

type AuthRequest = { method: string; headers: Headers; nextUrl: URL; cookies: { get(name: string): { value: string } | undefined }; clone(): Request }

/**
 * What next-auth's routes must not be given, answered 400 before next-auth reads the request, where it answered 500:
 * - a callback address it could not read, in the address or in its cookie, which is cleared so the next request works
 *   (re-break 52 F3: a planted cookie kept sign-in failing);
 * - a POST whose JSON body does not parse (re-break 52b F2: `[` answered 500 on every auth route, signed in or not);
 * - an error page's code that is not a word (break 54 F10: `/api/auth/error?error=%00` answered 500, as next-auth put
 *   the byte into its redirect's Location; next-auth's own codes are words such as AccessDenied).
 * Input: the route's request. Output: the 400 response, or null when next-auth may have the request. Never throws.
 */
export async function refusedAuthRequest(request: AuthRequest): Promise<Response | null> {
  const error = request.nextUrl.searchParams.get('error')
  if (request.nextUrl.pathname.endsWith('/api/auth/error') && error !== null && !/^[A-Za-z]{1,64}$/.test(error)) return new Response('Bad request', { status: 400, headers: PLAIN })
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
