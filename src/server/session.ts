import 'server-only'
import { cache } from 'react'
import { getServerSession } from 'next-auth'
import { redirect } from 'next/navigation'
import { authOptions } from './auth/options'
import { loadActor } from './auth/load-actor'
import { prisma } from './db'
import type { Actor } from './policy'

/** The current actor, or null. Cached per request; always re-read from the database (never from JWT claims). */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions)
  const sid = (session as { sid?: unknown } | null)?.sid
  if (typeof sid !== 'string') return null
  return loadActor(prisma, sid)
})

/**
 * The current actor for a signed-in page. A session that stopped being valid since the layout checked it (the user was
 * disabled, signed out elsewhere or timed out) sends the request to sign-in rather than rendering with no actor, which
 * crashed the page with a TypeError behind the layout's redirect (found by the two-instance test, issue 18).
 * Output: the actor. Errors: Next's redirect to /sign-in.
 */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor()
  if (!actor) redirect('/sign-in')
  return actor
}
