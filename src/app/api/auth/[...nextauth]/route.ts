import NextAuth from 'next-auth'
import type { NextRequest } from 'next/server'
import { readableAuthResponse, refusedAuthRequest } from '@/lib/auth-route-guard'
import { authOptions } from '@/server/auth/options'

const handler = NextAuth(authOptions)

/** next-auth's routes, with what it cannot read answered 400 before it reads it (src/lib/auth-route-guard.ts). */
async function guarded(request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }) {
  return (await refusedAuthRequest(request)) ?? readableAuthResponse(await handler(request, context))
}

export { guarded as GET, guarded as POST }
