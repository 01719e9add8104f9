import type { Provider } from 'next-auth/providers/index'
import type { PrismaClient } from '../../generated/prisma/client'
import { openSession } from './sessions'

/**
 * Optional single sign-on (security.md AU-4), e.g. Microsoft Entra ID, switched on by OIDC_ISSUER,
 * OIDC_CLIENT_ID and OIDC_CLIENT_SECRET. Accounts are never created from the identity provider: the
 * email must belong to an active Llwybr user whom an administrator has set up with roles.
 */
export function oidcProvider(env = process.env): Provider | null {
  const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret } = env
  if (!issuer || !clientId || !clientSecret) return null
  return {
    id: 'oidc',
    name: env.OIDC_NAME ?? 'Single sign-on',
    type: 'oauth',
    wellKnown: `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`,
    authorization: { params: { scope: 'openid email profile' } },
    idToken: true,
    checks: ['pkce', 'state'],
    clientId,
    clientSecret,
    profile: (p: { sub: string; email?: string; name?: string }) => ({ id: p.sub, email: p.email, name: p.name }),
  }
}

export async function signInWithOidc(db: PrismaClient, profile: unknown, opts: { open?: boolean } = {}) {
  const email = (profile as { email?: unknown } | undefined)?.email
  if (typeof email !== 'string') return null
  const user = await db.user.findUnique({ where: { email: email.toLowerCase() } })
  if (!user || user.status !== 'ACTIVE') return null
  return { userId: user.id, sessionId: opts.open ? await openSession(db, user.id, {}) : null }
}

export const isOidcEnabled = (env = process.env) => Boolean(env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET)
