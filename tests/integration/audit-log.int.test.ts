import { describe, expect, it } from 'vitest'
import { prisma } from '../../src/server/db'
import { recordAudit } from '../../src/server/audit/record-audit'

describe('audit log (security.md LG-1, LG-2)', () => {
  it('is append-only: the database rejects UPDATE and DELETE', async () => {
    await recordAudit(prisma, null, { action: 'user.update', subjectType: 'Test', subjectId: 'append-only' })
    const row = await prisma.auditEvent.findFirstOrThrow({ where: { subjectId: 'append-only' } })
    await expect(prisma.auditEvent.update({ where: { id: row.id }, data: { action: 'tampered' } })).rejects.toThrow(/append-only/)
    await expect(prisma.auditEvent.delete({ where: { id: row.id } })).rejects.toThrow(/append-only/)
    await expect(prisma.$executeRaw`TRUNCATE "AuditEvent"`).rejects.toThrow(/append-only/)
    expect((await prisma.auditEvent.findUniqueOrThrow({ where: { id: row.id } })).action).toBe('user.update')
  })

  it('commits with the change or not at all', async () => {
    await expect(
      prisma.$transaction(async (tx) => {
        await recordAudit(tx, null, { action: 'user.update', subjectType: 'Test', subjectId: 'rolled-back' })
        throw new Error('change failed')
      }),
    ).rejects.toThrow('change failed')
    expect(await prisma.auditEvent.count({ where: { subjectId: 'rolled-back' } })).toBe(0)
  })
})
