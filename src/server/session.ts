import 'server-only'
import { cache } from 'react'
import { getServerSession } from 'next-auth'
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
