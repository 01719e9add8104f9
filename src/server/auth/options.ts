import 'server-only'
import type { NextAuthOptions } from 'next-auth'
import CredentialsProvider from 'next-auth/providers/credentials'
import { addressFromHeaders } from '../../lib/client-address'
import { prisma } from '../db'
import { authenticateWithPassword } from './authenticate'
import { oidcProvider, signInWithOidc } from './oidc'
import { rememberSignedInLanguage } from './remember-language'
import { ABSOLUTE_LIFETIME_MS, revokeSession } from './sessions'
import { sameSiteRedirect } from '../../lib/same-site-path'

const oidc = oidcProvider()

export const authOptions: NextAuthOptions = {
  // The JWT only carries the server-side session id; everything else is re-read per request (load-actor.ts).
  session: { strategy: 'jwt', maxAge: ABSOLUTE_LIFETIME_MS / 1000 },
  pages: { signIn: '/sign-in', error: '/sign-in' },
  providers: [
    CredentialsProvider({
      id: 'credentials',
      name: 'Llwybr',
      credentials: { email: { type: 'email' }, password: { type: 'password' }, code: { type: 'text' } },
      async authorize(credentials, req) {
        const headers = req?.headers as Record<string, unknown> | undefined
        const result = await authenticateWithPassword(prisma, credentials, {
          // The socket's address as scripts/serve.ts stamped it, never X-Forwarded-For as sent (issue 17 item 1).
          ip: addressFromHeaders(headers),
          userAgent: typeof headers?.['user-agent'] === 'string' ? headers['user-agent'] : undefined,
        })
        if (!result.ok) throw new Error(result.reason)
        return { id: result.userId, sid: result.sessionId }
      },
    }),
    ...(oidc ? [oidc] : []),
  ],
  callbacks: {
    redirect: sameSiteRedirect,
    async signIn({ account, profile }) {
      if (account?.provider !== 'oidc') return true
      return (await signInWithOidc(prisma, profile)) !== null
    },
    async jwt({ token, user, account, profile }) {
      if (user && account?.provider === 'credentials') token.sid = (user as { sid?: string }).sid
      if (account?.provider === 'oidc') token.sid = (await signInWithOidc(prisma, profile, { open: true }))?.sessionId
      // A sign-in (not a later read of the token): the browser keeps the user's language for after the session.
      if (account && typeof token.sid === 'string') await rememberSignedInLanguage(token.sid)
      return token
    },
    async session({ session, token }) {
      return { expires: session.expires, sid: token.sid } as typeof session
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === 'string') await revokeSession(prisma, token.sid)
    },
  },
}
