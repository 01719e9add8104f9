import 'server-only'
import type { Prisma } from '../../generated/prisma/client'
import { prisma } from '../db'
import { authorize, type Actor } from '../policy'
import { ZUserSearch } from './user.schemas'
import { userSelect } from './user.select'

export const USERS_PAGE_SIZE = 25

export async function findUsers(actor: Actor, input: unknown) {
  authorize(actor, 'user.manage')
  const query = ZUserSearch.parse(input)
  const where: Prisma.UserWhereInput = {
    ...(query.status ? { status: query.status } : {}),
    ...(query.q ? { OR: [{ name: { contains: query.q, mode: 'insensitive' } }, { email: { contains: query.q, mode: 'insensitive' } }] } : {}),
  }
  const [total, users] = await Promise.all([
    prisma.user.count({ where }),
    prisma.user.findMany({ where, select: userSelect, orderBy: [{ name: 'asc' }, { email: 'asc' }], skip: (query.page - 1) * USERS_PAGE_SIZE, take: USERS_PAGE_SIZE }),
  ])
  return { query, total, pages: Math.max(1, Math.ceil(total / USERS_PAGE_SIZE)), users }
}
