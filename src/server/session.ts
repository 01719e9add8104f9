import 'server-only'
import { cache } from 'react'
import { cookies, headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { sameSitePath } from '../lib/same-site-path'
import { loadSession, type LoadedSession } from './auth/load-actor'
import { sessionCookieName, sessionIdFromCookies } from './auth/session-cookie'
import { prisma } from './db'
import type { Actor } from './policy'

/** Where a user whose agency requires two-step verification is sent until they have enrolled (issue 17 TOTP). */
export const TWO_STEP_PATH = '/account/two-step'
/** Where a single sign-on that still owes its Llwybr code is sent (ADR 0016); nothing else accepts the session. */
export const SIGN_IN_CODE_PATH = '/sign-in/code'

/** The session's actor, whether or not they still have to enrol or give a code. Cached per request. */
const resolveSession = cache(async (): Promise<LoadedSession | null> => {
  // The session cookie's token, decoded once (session-cookie.ts: no re-encryption per request, issue 18).
  const sid = await sessionIdFromCookies(await cookies())
  if (!sid) return null
  // One query for the session, user, agency and second factor (issue 18 item 2); per request, never across requests.
  return loadSession(prisma, sid)
})

/**
 * The current actor, or null. Cached per request; always re-read from the database (never from JWT claims). A user
 * whose agency requires two-step verification and who has not enrolled gets null here, so every page, route handler
 * and server action refuses them (security.md AU-4); only the enrolment page uses getTwoStepActor.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const resolved = await resolveSession()
  return resolved && !resolved.mustEnrol && !resolved.mustGiveCode ? resolved.actor : null
})

/**
 * The signed-in actor for the two-step settings and enrolment only: allowed before an enforced enrolment, never for
 * a single sign-on still owing its code (which could otherwise turn the factor off or make new recovery codes).
 */
export const getTwoStepActor = cache(async (): Promise<Actor | null> => {
  const resolved = await resolveSession()
  return resolved && !resolved.mustGiveCode ? resolved.actor : null
})

/** The half-signed-in actor of a single sign-on that still owes its Llwybr code (ADR 0016), for /sign-in/code only. */
export const getActorOwingCode = cache(async (): Promise<Actor | null> => {
  const resolved = await resolveSession()
  return resolved?.mustGiveCode ? resolved.actor : null
})

/**
 * Whoever holds a live session, finished or not (still owing a two-step code or set-up), for their own language only:
 * a language is no access. The language switch saves to them, so a choice made on the set-up or code step carries on
 * past it (re-break 52b F7: the home page after it was Welsh text under `<html lang="en">`). Output: the actor or null.
 */
export const getSessionHolder = cache(async (): Promise<Actor | null> => (await resolveSession())?.actor ?? null)

/**
 * The saved language of whoever holds a live session, finished or not, so a Welsh speaker's forced two-step set-up and
 * single sign-on code step are in Welsh too (break 52 F16). Output: 'en' | 'cy' | null.
 */
export const getSessionLocale = cache(async (): Promise<string | null> => (await getSessionHolder())?.locale ?? null)

/** True when there is a live session that must enrol a second factor before anything else. */
export async function mustEnrolFirst(): Promise<boolean> {
  const resolved = await resolveSession()
  return Boolean(resolved?.mustEnrol && !resolved.mustGiveCode)
}

/** Where a live session that is not yet fully signed in must go first: the code step, enrolment, or null. */
export async function unfinishedSignInPath(): Promise<string | null> {
  const resolved = await resolveSession()
  if (resolved?.mustGiveCode) return SIGN_IN_CODE_PATH
  return resolved?.mustEnrol ? TWO_STEP_PATH : null
}

/**
 * The current actor for a signed-in page. A session that stopped being valid since the layout checked it (the user was
 * disabled, signed out elsewhere or timed out) sends the request to sign-in rather than rendering with no actor, which
 * crashed the page with a TypeError behind the layout's redirect (found by the two-instance test, issue 18). A user who
 * must first give their code (single sign-on, ADR 0016) or enrol a second factor is sent there.
 * Output: the actor. Errors: Next's redirect to /sign-in or to enrolment.
 */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor()
  if (actor) return actor
  const unfinished = await unfinishedSignInPath()
  // The code step goes on to the page asked for (break 53 F6: after single sign-on and a code the user landed home).
  if (unfinished === SIGN_IN_CODE_PATH) redirect(codeStepFor((await headers()).get('x-pathname')))
  redirect(unfinished ?? (await signInAfterSessionEnd()))
}

/**
 * Where a request whose session is gone is sent: the sign-in page, which says the session has ended (`ended=1`) when the
 * browser still holds a session cookie (signed out elsewhere, disabled, timed out: walk 53, the user was told nothing)
 * and goes back to the page asked for after signing in (`callbackUrl`, a path on this site).
 * Input: the page to go back to, when not the one asked for (the code step's own `next`). Output: a path on this site.
 */
export async function signInAfterSessionEnd(then?: string): Promise<string> {
  if (!(await cookies()).has(sessionCookieName())) return '/sign-in'
  const wanted = sameSitePath(then ?? (await headers()).get('x-pathname'))
  return `/sign-in?${new URLSearchParams({ ended: '1', ...(wanted === '/' ? {} : { callbackUrl: wanted }) })}`
}

/** The code step's address, carrying the page to go on to (a path on this site) when it is not home. */
function codeStepFor(wanted: string | null): string {
  const next = sameSitePath(wanted)
  return next === '/' ? SIGN_IN_CODE_PATH : `${SIGN_IN_CODE_PATH}?next=${encodeURIComponent(next)}`
}
