import 'server-only'
import { recordAudit } from '../audit/record-audit'
import { hashPassword } from '../auth/passwords'
import { prisma } from '../db'
import { invalid } from '../errors'
import { oneOpenAtATime } from '../one-open'
import { authorize, type Actor } from '../policy'
import { assertUserPlacement } from './user-placement'
import { ZUserCreate } from './user.schemas'

export async function createUser(actor: Actor, input: unknown) {
  authorize(actor, 'user.manage')
  const { password, ...data } = ZUserCreate.parse(input)
  const passwordHash = await hashPassword(password)
  // Two creates of one address at once both pass the check; the index keeps one, the other hears "taken" (break test 27, D3).
  const taken = () => invalid('email', 'emailTaken')
  return oneOpenAtATime(['email'], taken, () => prisma.$transaction(async (tx) => {
    await assertUserPlacement(tx, data)
    if (await tx.user.findUnique({ where: { email: data.email }, select: { id: true } })) throw taken()
    const user = await tx.user.create({ data: { ...data, passwordHash }, select: { id: true } })
    // Never the password, not even hashed, in the audit detail.
    await recordAudit(tx, actor, { action: 'user.create', subjectType: 'User', subjectId: user.id, detail: { email: data.email, roles: data.roles, agencyId: data.agencyId } })
    return user
  }))
}
