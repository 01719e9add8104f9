import 'server-only'
import { cache } from 'react'
import { getServerSession } from 'next-auth'
import { redirect } from 'next/navigation'
import { authOptions } from './auth/options'
import { loadSession } from './auth/load-actor'
import { prisma } from './db'
import type { Actor } from './policy'

/** Where a user whose agency requires two-step verification is sent until they have enrolled (issue 17 TOTP). */
export const TWO_STEP_PATH = '/account/two-step'

/** The session's actor, whether or not they still have to enrol a second factor. Cached per request. */
const resolveSession = cache(async (): Promise<{ actor: Actor; mustEnrol: boolean } | null> => {
  const session = await getServerSession(authOptions)
  const sid = (session as { sid?: unknown } | null)?.sid
  if (typeof sid !== 'string') return null
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
  return resolved && !resolved.mustEnrol ? resolved.actor : null
})

/** The signed-in actor for the two-step settings and enrolment only: allowed before an enforced enrolment. */
export const getTwoStepActor = cache(async (): Promise<Actor | null> => (await resolveSession())?.actor ?? null)

/** True when there is a live session that must enrol a second factor before anything else. */
export async function mustEnrolFirst(): Promise<boolean> {
  return Boolean((await resolveSession())?.mustEnrol)
}

/**
 * The current actor for a signed-in page. A session that stopped being valid since the layout checked it (the user was
 * disabled, signed out elsewhere or timed out) sends the request to sign-in rather than rendering with no actor, which
 * crashed the page with a TypeError behind the layout's redirect (found by the two-instance test, issue 18). A user who
 * must first enrol a second factor is sent to enrolment.
 * Output: the actor. Errors: Next's redirect to /sign-in or to enrolment.
 */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor()
  if (!actor) redirect((await mustEnrolFirst()) ? TWO_STEP_PATH : '/sign-in')
  return actor
}
