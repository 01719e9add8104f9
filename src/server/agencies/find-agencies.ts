import 'server-only'
import { z } from 'zod'
import { prisma } from '../db'
import { notFound } from '../errors'
import { authorize, type Actor } from '../policy'

const agencySelect = {
  id: true,
  code: true,
  name: true,
  nameCy: true,
  requireTwoStep: true,
  kind: true,
  region: true,
  active: true,
  version: true,
  _count: { select: { users: true, teams: true } },
} as const

export async function findAgencies(actor: Actor) {
  authorize(actor, 'agency.manage')
  return prisma.agency.findMany({ select: agencySelect, orderBy: [{ kind: 'asc' }, { name: 'asc' }] })
}

export async function getAgency(actor: Actor, id: unknown) {
  authorize(actor, 'agency.manage')
  const parsed = z.uuid().safeParse(id)
  if (!parsed.success) throw notFound()
  const agency = await prisma.agency.findUnique({
    where: { id: parsed.data },
    select: { ...agencySelect, teams: { select: { id: true, name: true, nameCy: true, area: { select: { name: true, nameCy: true } } }, orderBy: { name: 'asc' } } },
  })
  if (!agency) throw notFound()
  return agency
}
