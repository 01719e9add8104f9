import { describe, expect, it } from 'vitest'
import { hashRecoveryCode, newRecoveryCodes, normaliseRecoveryCode, RECOVERY_CODE_COUNT } from './recovery-codes'
import { consumeRecoveryCode } from './second-factor'

/** An in-memory stand-in for the two recovery-code queries consumeRecoveryCode makes. */
function fakeDb(rows: { id: string; codeHash: string; usedAt: Date | null }[]) {
  return {
    recoveryCode: {
      findMany: async () => rows.filter((r) => r.usedAt === null),
      updateMany: async ({ where }: { where: { id: string } }) => {
        const row = rows.find((r) => r.id === where.id && r.usedAt === null)
        if (row) row.usedAt = new Date()
        return { count: row ? 1 : 0 }
      },
    },
  } as unknown as Parameters<typeof consumeRecoveryCode>[0]
}

describe('recovery codes (issue 17 TOTP)', () => {
  it('are ten distinct XXXXX-XXXXX codes without look-alike characters', () => {
    const codes = newRecoveryCodes()
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT)
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT)
    for (const code of codes) expect(code).toMatch(/^[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}$/)
  })

  it('are stored as argon2id hashes, never as the code', async () => {
    const [code] = newRecoveryCodes()
    const stored = await hashRecoveryCode(code!)
    expect(stored).toMatch(/^\$argon2id\$/)
    expect(stored).not.toContain(code!.replace('-', ''))
  })

  it('are read however they are typed: lower case, spaces, no hyphen', () => {
    expect(normaliseRecoveryCode(' abcde 23456 ')).toBe('ABCDE-23456')
    expect(normaliseRecoveryCode('ABCDE23456')).toBe('ABCDE-23456')
    expect(normaliseRecoveryCode('ABCDE-2345')).toBeNull()
  })

  it('each works once: the second use of the same code is refused, the others still work', async () => {
    const codes = newRecoveryCodes().slice(0, 3)
    const rows = await Promise.all(codes.map(async (code, i) => ({ id: `r${i}`, codeHash: await hashRecoveryCode(code), usedAt: null as Date | null })))
    const db = fakeDb(rows)
    expect(await consumeRecoveryCode(db, 'u1', codes[1]!.toLowerCase())).toBe(true)
    expect(await consumeRecoveryCode(db, 'u1', codes[1]!)).toBe(false)
    expect(await consumeRecoveryCode(db, 'u1', 'ZZZZZ-ZZZZZ')).toBe(false)
    expect(await consumeRecoveryCode(db, 'u1', codes[0]!)).toBe(true)
    expect(rows.map((r) => r.usedAt !== null)).toEqual([true, true, false])
  })
})
