import type { Provider } from 'next-auth/providers/index'
import type { PrismaClient } from '../../generated/prisma/client'
import { recordAudit } from '../audit/record-audit'
import { openSession } from './sessions'
import { mayUseLlwybr } from './authenticate'

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

/**
 * Decides a single sign-on (issue 17, "Single sign-on (OIDC)"): only an existing ACTIVE user whose email (in any
 * letter case) the identity provider gives, in an active agency, gets in; no account is ever created. Called twice by next-auth: by the
 * signIn callback to admit or refuse (a refusal is audited as `auth.signIn.failed`, method oidc), then by the jwt
 * callback with `open` to open the server-side session (audited as `auth.signIn`, and the last sign-in time kept).
 * A user with a confirmed second factor gets a session that waits for their code (`awaitingSecondFactor`, audited as
 * `auth.signIn.codeRequired`): load-actor.ts refuses it everywhere until /sign-in/code accepts one (ADR 0016).
 * @param profile the ID token's claims, as next-auth hands them over (untrusted shape)
 * @returns { userId, sessionId (null unless `open`) }, or null when refused
 */
export async function signInWithOidc(db: PrismaClient, profile: unknown, opts: { open?: boolean } = {}) {
  const email = (profile as { email?: unknown } | undefined)?.email
  const user = typeof email === 'string' ? await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, include: { agency: { select: { active: true } } } }) : null
  if (!user || !mayUseLlwybr(user)) {
    await recordAudit(db, null, { action: 'auth.signIn.failed', subjectType: 'User', subjectId: user?.id, detail: { method: 'oidc' } })
    return null
  }
  if (!opts.open) return { userId: user.id, sessionId: null }
  // The identity provider proved who they are, not that they hold their Llwybr second factor (ADR 0016): an enrolled
  // user's session waits for the code like a password sign-in's, and counts as signed in only once it is given.
  const enrolled = Boolean((await db.twoStepFactor.findUnique({ where: { userId: user.id }, select: { confirmedAt: true } }))?.confirmedAt)
  const sessionId = await openSession(db, user.id, { awaitingSecondFactor: enrolled })
  if (!enrolled) await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } })
  await db.auditEvent.create({
    data: {
      actorUserId: user.id, actorAgencyId: user.agencyId, actorRoles: user.roles, action: enrolled ? 'auth.signIn.codeRequired' : 'auth.signIn',
      subjectType: 'User', subjectId: user.id, correlationId: sessionId, detail: { method: 'oidc' },
    },
  })
  return { userId: user.id, sessionId }
}

export { isOidcEnabled } from './oidc-enabled'
