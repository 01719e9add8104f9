import 'server-only'
import { prisma } from '../db'
import { notFound } from '../errors'
import { authorize, type Actor } from '../policy'
import { userSelect } from './user.select'
import { z } from 'zod'

export async function getUser(actor: Actor, id: unknown) {
  authorize(actor, 'user.manage')
  const parsed = z.uuid().safeParse(id)
  if (!parsed.success) throw notFound()
  const user = await prisma.user.findUnique({ where: { id: parsed.data }, select: userSelect })
  if (!user) throw notFound()
  return user
}

/** Agencies with their teams, for the user forms' choices. */
export async function findAgencyChoices(actor: Actor) {
  authorize(actor, 'user.manage')
  return prisma.agency.findMany({
    where: { active: true },
    orderBy: { name: 'asc' },
    select: { id: true, name: true, nameCy: true, kind: true, teams: { select: { id: true, name: true, nameCy: true }, orderBy: { name: 'asc' } } },
  })
}
