import NextAuth from 'next-auth'
import type { NextRequest } from 'next/server'
import { isCallbackAddress } from '@/lib/same-site-path'
import { authOptions } from '@/server/auth/options'

const handler = NextAuth(authOptions)
// next-auth's callback cookie, with and without the prefix it uses over https.
const CALLBACK_COOKIES = ['next-auth.callback-url', '__Secure-next-auth.callback-url']

/**
 * next-auth's routes, with a callback address it could not read answered 400 (and such a cookie cleared, so the next
 * request works), where next-auth answered 500 and kept failing while the cookie stayed (re-break 52 F3).
 */
async function guarded(request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }) {
  const base = request.nextUrl.origin
  const query = request.nextUrl.searchParams.get('callbackUrl')
  const planted = CALLBACK_COOKIES.filter((name) => {
    const value = request.cookies.get(name)?.value
    return value !== undefined && value !== '' && !isCallbackAddress(value, base)
  })
  if ((query !== null && query !== '' && !isCallbackAddress(query, base)) || planted.length > 0) {
    const response = new Response('Bad request: the address to return to is not valid', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })
    for (const name of planted) response.headers.append('Set-Cookie', `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${name.startsWith('__Secure-') ? '; Secure' : ''}`)
    return response
  }
  return handler(request, context)
}

export { guarded as GET, guarded as POST }
